/**
 * A token limit checked before anything parses: a flood of tokens costs one cheap lexer pass
 * and a 400, never a parse. (GraphQL Armor's Apollo token plugin re-parses inside a hook, which
 * turns ordinary syntax errors into 500s, so it is off and this takes its place.) A text that
 * passed is remembered, so the client's usual queries are lexed once, not on every request.
 */
import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

/** Texts that passed, most recent last; only short ones (a 1 MB string literal is one token). */
const REMEMBERED = 1000;
const REMEMBERED_LENGTH = 16 * 1024;

export function tokenLimit(maxTokens: number): RequestHandler {
  const passed = new Set<string>();
  return (req, res, next) => {
    const query: unknown = req.body?.query;
    if (typeof query !== 'string' || passed.has(query)) return next();
    if (tooManyTokens(query, maxTokens)) {
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
    if (query.length <= REMEMBERED_LENGTH) {
      if (passed.size >= REMEMBERED) passed.delete(passed.values().next().value as string);
      passed.add(query);
    }
    next();
  };
}

function tooManyTokens(query: string, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++count > maxTokens) return true;
    }
  } catch {
    // A syntax error: Apollo's own parse reports it with GRAPHQL_PARSE_FAILED.
  }
  return false;
}
