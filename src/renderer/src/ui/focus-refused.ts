/**
 * After a refused save, focus goes to the first refused field in the order the form shows them,
 * once the messages have rendered so each is read with its field.
 */
export function focusFirstRefused(form: HTMLFormElement | null, errors: Record<string, string>): void {
  window.setTimeout(() => {
    const first = Array.from(form?.elements ?? []).find((element) => (element as HTMLInputElement).name in errors)
    if (first instanceof HTMLElement) first.focus()
  })
}
