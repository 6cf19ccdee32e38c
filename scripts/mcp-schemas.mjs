// JSON Schemas for the MCP server's tool inputs, derived from the package's own types
// (jpseller.d.ts, i.e. the typescript_custom_section blocks of src/boundary/), so a tool's schema
// cannot drift from the API it calls. Covers the TypeScript the d.ts uses — keywords, literal
// unions, arrays, object literals, interfaces (with extends), aliases, Record, Partial, Omit,
// T["key"] and keyof — and fails on anything else rather than guessing.
//   node scripts/mcp-schemas.mjs <jpseller.d.ts> > schemas.json
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { SCHEMA_TYPES as roots } from '../js/cli/schema-types.js';

const file = process.argv[2];
const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
const declarations = new Map();
for (const statement of source.statements) {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) declarations.set(statement.name.text, statement);
}

const fail = (node, why) => {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  throw new Error(`${file}:${line + 1}: ${why}: ${node.getText().slice(0, 80)}`);
};
const describe = (node) => {
  const text = (node.jsDoc ?? []).map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ').replace(/\s+/g, ' ').trim();
  return text ? { description: text } : {};
};

function objectOf(members, stack) {
  const properties = {};
  const required = [];
  for (const member of members) {
    if (!ts.isPropertySignature(member) || !member.type) fail(member, 'unsupported member');
    const name = member.name.getText().replace(/^["']|["']$/g, '');
    properties[name] = { ...schemaOf(member.type, stack), ...describe(member) };
    if (!member.questionToken) required.push(name);
  }
  // The API rejects unknown fields (unknown_field), so the schema does too.
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), additionalProperties: false };
}

function declared(name, stack, node) {
  const declaration = declarations.get(name);
  if (!declaration) fail(node, `no declaration of ${name}`);
  if (stack.includes(name)) fail(node, `recursive type ${name}`);
  const inner = [...stack, name];
  if (ts.isTypeAliasDeclaration(declaration)) return { ...schemaOf(declaration.type, inner), ...describe(declaration) };
  let schema = objectOf(declaration.members, inner);
  for (const clause of declaration.heritageClauses ?? []) {
    for (const base of clause.types) {
      const parent = declared(base.expression.getText(), inner, base);
      schema = { ...schema, properties: { ...parent.properties, ...schema.properties }, required: [...(parent.required ?? []), ...(schema.required ?? [])] };
    }
  }
  return schema;
}

const literalValue = (node) => {
  if (!ts.isLiteralTypeNode(node)) return undefined;
  const literal = node.literal;
  if (ts.isStringLiteral(literal)) return { value: literal.text };
  if (ts.isNumericLiteral(literal)) return { value: Number(literal.text) };
  if (literal.kind === ts.SyntaxKind.TrueKeyword) return { value: true };
  if (literal.kind === ts.SyntaxKind.FalseKeyword) return { value: false };
  if (literal.kind === ts.SyntaxKind.NullKeyword) return { value: null };
  return undefined;
};

/** The keys a key type names: a literal union, an alias of one, or keyof an interface. */
function keysOf(node, stack) {
  const schema = schemaOf(node, stack);
  if (schema.enum) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  return undefined;
}

function schemaOf(node, stack) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { type: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { type: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { type: 'boolean' };
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.AnyKeyword:
      return {};
  }
  const literal = literalValue(node);
  if (literal) return literal.value === null ? { type: 'null' } : { const: literal.value };
  if (ts.isParenthesizedTypeNode(node)) return schemaOf(node.type, stack);
  if (ts.isArrayTypeNode(node)) return { type: 'array', items: schemaOf(node.elementType, stack) };
  if (ts.isTypeLiteralNode(node)) return objectOf(node.members, stack);
  if (ts.isUnionTypeNode(node)) {
    const members = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword).map((t) => schemaOf(t, stack));
    if (members.length === 1) return members[0];
    const flat = members.flatMap((m) => (m.anyOf && Object.keys(m).length === 1 ? m.anyOf : [m]));
    if (flat.every((m) => m.const !== undefined || m.enum)) return { enum: flat.flatMap((m) => m.enum ?? [m.const]) };
    return { anyOf: flat };
  }
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.KeyOfKeyword) {
    return { enum: Object.keys(schemaOf(node.type, stack).properties ?? fail(node, 'keyof a non-object')) };
  }
  if (ts.isIndexedAccessTypeNode(node)) {
    const object = schemaOf(node.objectType, stack);
    const key = literalValue(node.indexType)?.value;
    return object.properties?.[key] ?? fail(node, 'unknown indexed property');
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    const args = node.typeArguments ?? [];
    if (name === 'Record') {
      const keys = keysOf(args[0], stack);
      const value = schemaOf(args[1], stack);
      if (keys && typeof keys[0] === 'string') {
        return { type: 'object', properties: Object.fromEntries(keys.map((k) => [k, value])), required: keys, additionalProperties: false };
      }
      return { type: 'object', additionalProperties: value };
    }
    if (name === 'Partial') {
      const { required, ...rest } = schemaOf(args[0], stack);
      if (rest.type !== 'object') fail(node, 'Partial of a non-object');
      return rest;
    }
    if (name === 'Omit') {
      const object = schemaOf(args[0], stack);
      const drop = keysOf(args[1], stack) ?? fail(node, 'Omit without literal keys');
      const properties = Object.fromEntries(Object.entries(object.properties).filter(([k]) => !drop.includes(k)));
      const required = (object.required ?? []).filter((k) => !drop.includes(k));
      return { ...object, properties, ...(required.length > 0 ? { required } : { required: undefined }) };
    }
    if (args.length > 0) fail(node, `unsupported generic ${name}`);
    return declared(name, stack, node);
  }
  return fail(node, 'unsupported type syntax');
}

const schemas = {};
for (const root of roots) {
  const node = declarations.get(root);
  if (!node) throw new Error(`${file}: no type ${root}`);
  const schema = declared(root, [], node);
  if (schema.type !== 'object') throw new Error(`${root}: a tool input must be an object type`);
  schemas[root] = JSON.parse(JSON.stringify(schema)); // drops the `required: undefined` of Omit
}
process.stdout.write(JSON.stringify(schemas, null, 1) + '\n');
