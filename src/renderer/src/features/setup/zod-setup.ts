import { z } from 'zod'

// zod compiles fast parsers with new Function when it may; the page's CSP forbids that, and zod's probe
// for it would log a CSP violation on every start of setup. The interpreted parser is plenty here.
// A module of its own, imported first by the setup store, so this global switch is easy to find and
// is set before any schema in the setup chunk parses.
z.config({ jitless: true })
