/**
 * Imported first by the server modules, before graphql-js loads: graphql-js decides at import
 * time whether to run its development-mode `instanceOf` checks (a cross-realm guard that costs
 * a few percent of every request) and keys that on NODE_ENV === 'production'. Nothing else the
 * server uses changes with it: Apollo's introspection, stack traces and landing page are set
 * explicitly in app.ts, `config.development` looks for 'development', and an explicit NODE_ENV
 * (vitest's 'test', a developer's 'development') is left as it is.
 */
process.env.NODE_ENV ??= 'production';
