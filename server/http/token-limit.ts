/**
 * A token limit checked before Apollo parses anything: a flood of tokens costs one cheap lexer
 * pass and a 400, never a parse. (GraphQL Armor's Apollo token plugin re-parses inside a hook,
 * which turns ordinary syntax errors into 500s, so it is off and this takes its place.)
 */
import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.body?.query;
    if (typeof query !== 'string') return next();
    const lexer = new Lexer(new Source(query));
    let count = 0;
    try {
      for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
        if (++count > maxTokens) {
          res.status(400).json({
            errors: [
              {
                message: `Query has more than ${maxTokens} tokens (cap)`,
                extensions: { code: 'BAD_USER_INPUT', cap: 'maxTokens' },
              },
            ],
          });
          return;
        }
      }
    } catch {
      // A syntax error: Apollo's own parse reports it with GRAPHQL_PARSE_FAILED.
    }
    next();
  };
}
