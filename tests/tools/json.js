#!/usr/bin/env node
// json.js - small JSON helpers for the shell tests (node, no packages).
//   json.js actions FILE          each action of a record or actions file, one compact line
//   json.js get FILE PATH          the value at PATH (a.b[2].c) as JSON
//   json.js set FILE PATH JSON     FILE with the value at PATH replaced (stdout)
//   json.js del FILE PATH          FILE without the member at PATH (stdout)
//   json.js digest FILE            the digest of a record by docs/record.md, computed here
//                                  independently of the C code
//   json.js redigest FILE          the record with its digest recomputed (a forgery; stdout)
'use strict';
const fs = require('fs');
const crypto = require('crypto');

const [cmd, file, path, value] = process.argv.slice(2);
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));

function walk(o, p) {
  const keys = p.match(/[^.[\]]+/g) || [];
  let parent = null, key = null;
  for (const k of keys) { parent = o; key = /^\d+$/.test(k) ? Number(k) : k; o = o[key]; }
  return { parent, key, value: o };
}

// The canonical serialisation of docs/record.md, written from the document alone.
function canon(v) {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
    let s = v.toPrecision(17);
    if (s.includes('e')) return s;
    if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
    return s;
  }
  if (typeof v === 'string') {
    return '"' + v.replace(/["\\\u0000-\u001f]/g, c =>
      c === '"' || c === '\\' ? '\\' + c : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '"';
  }
  if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
  const keys = Object.keys(v).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return '{' + keys.map(k => canon(k) + ':' + canon(v[k])).join(',') + '}';
}

function digest(rec) {
  const copy = Object.assign({}, rec);
  delete copy.digest;
  delete copy.hmac;
  return 'sha256:' + crypto.createHash('sha256').update(Buffer.from(canon(copy), 'utf8')).digest('hex');
}

switch (cmd) {
  case 'actions':
    for (const a of doc.actions) console.log(JSON.stringify(a));
    break;
  case 'get':
    console.log(JSON.stringify(walk(doc, path).value));
    break;
  case 'set': {
    const w = walk(doc, path);
    w.parent[w.key] = JSON.parse(value);
    process.stdout.write(JSON.stringify(doc, null, '\t') + '\n');
    break;
  }
  case 'del': {
    const w = walk(doc, path);
    if (Array.isArray(w.parent)) w.parent.splice(w.key, 1);
    else delete w.parent[w.key];
    process.stdout.write(JSON.stringify(doc, null, '\t') + '\n');
    break;
  }
  case 'digest':
    console.log(digest(doc));
    break;
  case 'redigest':
    doc.digest = digest(doc);
    process.stdout.write(JSON.stringify(doc, null, '\t') + '\n');
    break;
  default:
    console.error('usage: json.js actions|get|set|del|digest|redigest FILE ...');
    process.exit(2);
}
