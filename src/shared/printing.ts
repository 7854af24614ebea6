/** A page printed to a PDF file the user chose: its name (never the folder) and size. */
export interface PrintedFile {
  file: string
  bytes: number
}
