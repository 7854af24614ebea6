import { abbreviations, canonicalWord, words } from '../names'

/** More words than this add nothing a person types, only work for the index. */
const MAX_TOKENS = 8
/** A shorter start of a word ("ya") says too little to stand for "yayasan" and its short forms. */
const MIN_EXPANDING_PREFIX = 3

const quoted = (token: string) => `"${token.replace(/"/g, '""')}"`

/**
 * Every way the index may hold what a token means: the token itself as a prefix, and for an
 * abbreviation or (a start of) a word that has them, the full word and all its short forms —
 * "yys" → yys*, yayasan*, yy, yay; "yaya" → yaya*, yys, yy, yay. Short forms match whole tokens
 * only, so "yayasan" does not find "yyb".
 */
function alternatives(token: string): string[] {
  const canonical = canonicalWord(token)
  const fullWords = new Set<string>()
  if (canonical !== token) fullWords.add(canonical)
  if (token.length >= MIN_EXPANDING_PREFIX || canonical !== token)
    for (const word of Object.keys(abbreviations)) if (word.startsWith(token)) fullWords.add(word)
  const terms = new Set([`${quoted(token)}*`])
  for (const word of fullWords) {
    if (!word.startsWith(token)) terms.add(`${quoted(word)}*`)
    for (const short of abbreviations[word] ?? []) if (short !== token) terms.add(quoted(short))
  }
  return [...terms]
}

/**
 * The index leaves out free-mail domains (migration 0001_members: they say nothing about whom an
 * address belongs to), so a typed address is searched by its part before the @.
 */
const freeMailDomains = [
  'gmail.com',
  'yahoo.com',
  'yahoo.co.id',
  'ymail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'rocketmail.com',
]
const withoutFreeMailDomain = (text: string) =>
  text.replace(/@(\S*)/g, (_, domain: string) =>
    freeMailDomains.some((free) => free.startsWith(domain.toLowerCase())) ? ' ' : ` ${domain}`,
  )

/** "0812-3456 78" and "(0341) 551234" are one number to the reader; the index holds each as one token. */
const joinDigitRuns = (text: string) => text.replace(/(\d)[\s.\-/()]+(?=\d)/g, '$1')

/**
 * An FTS5 MATCH expression for what a user typed, or null when it holds nothing searchable. The
 * user's text never reaches FTS5 syntax: it is folded to plain words (no quotes, operators or
 * parentheses survive), each quoted, and every word must match (implicit AND).
 */
export function matchExpression(query: string): string | null {
  const tokens = [...new Set(words(joinDigitRuns(withoutFreeMailDomain(query))))].slice(0, MAX_TOKENS)
  if (tokens.length === 0) return null
  return tokens
    .map((token) => {
      const terms = alternatives(token)
      return terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`
    })
    .join(' AND ')
}
