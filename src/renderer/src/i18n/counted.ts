import type { MessageKey, Translate } from './index'

/**
 * A text with i18next plural forms (`key_one`, `key_other`): i18next picks the form from `count`
 * when asked for the bare key, which the key type does not list, so callers name the `_other` form.
 */
export const countedText = (
  t: Translate,
  key: Extract<MessageKey, `${string}_other`>,
  count: number,
  params: Record<string, string | number> = {},
): string => t(key.slice(0, -'_other'.length) as MessageKey, { ...params, count })
