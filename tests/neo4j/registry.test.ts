/**
 * The Cypher registry and the files agree (no Neo4j needed): every query name has its file,
 * every file is reachable by a name, schema files are numbered without gaps, and each import
 * statement writes the label or relationship type the allow-list maps it to.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, REL_TYPES } from '../../server/domain/model';
import {
  CYPHER_DIR,
  cypher,
  cypherFile,
  NODE_IMPORT,
  NODE_UPSERT,
  QUERY_NAMES,
  REL_IMPORT,
  REL_UPSERT,
  schemaFiles,
} from '../../server/store/neo4j/queries';

const filesUnder = (dir: string) =>
  readdirSync(join(CYPHER_DIR, dir))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => `${dir}/${f.replace(/\.cypher$/, '')}`);

const pascal = (kind: string) => kind.charAt(0) + kind.slice(1).toLowerCase();

describe('Cypher registry', () => {
  it('has a file for every query name', () => {
    for (const name of QUERY_NAMES) expect(existsSync(cypherFile(name)), name).toBe(true);
  });

  it('names every query and import file', () => {
    const files = [...filesUnder('queries'), ...filesUnder('import'), ...filesUnder('edit')].sort();
    expect(files).toEqual([...QUERY_NAMES].sort());
  });

  it('numbers the schema files 001, 002, … and every statement is idempotent', () => {
    const files = schemaFiles();
    expect(files.map((f) => f.file.slice(0, 3))).toEqual(files.map((_, i) => String(i + 1).padStart(3, '0')));
    expect(readdirSync(join(CYPHER_DIR, 'schema')).length).toBe(files.length);
    for (const { file, statements } of files) {
      expect(statements.length, file).toBeGreaterThan(0);
      for (const s of statements) expect(s, file).toMatch(/IF NOT EXISTS|IF EXISTS/);
    }
  });

  it('numbers the upgrade files 001, 002, … and every statement touches only what is not upgraded yet', () => {
    const files = schemaFiles('upgrade');
    expect(files.map((f) => f.file.slice(0, 3))).toEqual(files.map((_, i) => String(i + 1).padStart(3, '0')));
    expect(readdirSync(join(CYPHER_DIR, 'upgrade')).length).toBe(files.length);
    for (const { file, statements } of files) {
      expect(statements.length, file).toBeGreaterThan(0);
      for (const s of statements) expect(s, file).toMatch(/IS NULL|ON CREATE SET/);
    }
  });

  it('maps every node kind and relationship type to the statement that writes exactly it', () => {
    for (const kind of NODE_KINDS) expect(cypher(NODE_IMPORT[kind])).toContain(`CREATE (n:Entity:${pascal(kind)})`);
    for (const type of REL_TYPES)
      expect(cypher(REL_IMPORT[type])).toContain(
        `CREATE (a)-[r:${type} {id: row.id, status: row.status, sources: row.sources}]->(b)`,
      );
    expect(new Set(Object.values(NODE_IMPORT)).size).toBe(NODE_KINDS.length);
    expect(new Set(Object.values(REL_IMPORT)).size).toBe(REL_TYPES.length);
  });

  it("maps every node kind and relationship type to the change's upsert into the current generation", () => {
    for (const kind of NODE_KINDS) {
      const text = cypher(NODE_UPSERT[kind]);
      expect(text).toContain(`MERGE (n:Entity:${pascal(kind)} {gen: gen, id: row.id})`);
      expect(text).toContain('WITH coalesce(g.gen, 0) AS gen');
    }
    for (const type of REL_TYPES) {
      const text = cypher(REL_UPSERT[type]);
      expect(text).toContain(`MERGE (a)-[r:${type} {id: row.id}]->(b)`);
      expect(text).toContain('MATCH (a:Entity {gen: gen, id: row.source})');
      expect(text).toContain('MATCH (b:Entity {gen: gen, id: row.target})');
    }
    expect(new Set(Object.values(NODE_UPSERT)).size).toBe(NODE_KINDS.length);
    expect(new Set(Object.values(REL_UPSERT)).size).toBe(REL_TYPES.length);
  });

  it('reads the current generation first in every statement that matches an :Entity by id', () => {
    for (const name of QUERY_NAMES) {
      const text = cypher(name);
      if (!/:Entity \{[^}]*\bid:/.test(text)) continue;
      expect(text, name).toMatch(/coalesce\(\w+\.gen, 0\) AS gen/);
      expect(text, name).not.toMatch(/:Entity \{id:/);
    }
  });

  it('passes values only as parameters: no statement holds a template placeholder', () => {
    for (const name of QUERY_NAMES) expect(cypher(name), name).not.toMatch(/\$\{|\{\{|%s/);
  });
});
