// A fast reader for the XML parts mammoth reads from a .docx. mammoth parses each part with xmldom and then
// copies the DOM into its own nodes; this builds the same nodes in one pass. It accepts only the plain,
// well-formed XML that Word writes, on which xmldom reports no warning and whose tree is beyond doubt; on
// anything else (a DOCTYPE, an unknown entity, an unquoted or repeated attribute, an undeclared prefix,
// mismatched tags, deep nesting...) it answers UNSURE and the caller lets xmldom read the part, so odd files
// keep reading, or failing, exactly as they did.

export const UNSURE = "unsure";
export type Unsure = typeof UNSURE;

export interface XmlNodeFactory<Node> {
  element(name: string, attributes: Record<string, string>, children: Node[]): Node;
  text(value: string): Node;
}

/** Namespace URI → the prefix mammoth names it by; other namespaces are written `{uri}local`. */
export type NamespaceMap = Readonly<Record<string, string | undefined>>;

/** Nesting beyond this is left to xmldom: mammoth's conversion of its DOM recurses once per level. */
export const MAX_FAST_DEPTH = 256;

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
// xmldom reads the content of some elements in this namespace specially.
const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
// ASCII names with at most one colon: a subset of the names xmldom accepts, split the way it splits them.
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const NAMED_ENTITIES: readonly (readonly [string, string])[] = [
  ["&amp;", "&"], ["&lt;", "<"], ["&gt;", ">"], ["&quot;", '"'], ["&apos;", "'"],
];
const [TAB, LF, CR, SPACE, BANG, DQ, HASH, AMP, SQ, SLASH, LT, EQ, GT, QUESTION, SEMI, LOWER_X] =
  [9, 10, 13, 32, 33, 34, 35, 38, 39, 47, 60, 61, 62, 63, 59, 120];

const GIVE_UP = Symbol(UNSURE);
function giveUp(): never {
  throw GIVE_UP;
}

export function parseOfficeXml<Node>(xml: string, namespaceMap: NamespaceMap, nodes: XmlNodeFactory<Node>): Node | Unsure {
  try {
    // xmldom first rewrites every line ending to \n. Word writes one after the XML declaration, where it
    // changes nothing that is kept, so the rewritten copy is made only if one follows the root's start.
    const reader = new Reader(xml, namespaceMap, nodes);
    if (!hasLineEnding(xml, reader.skipProlog())) return reader.document();
    return new Reader(normalizeLineEndings(xml), namespaceMap, nodes).document();
  } catch (error) {
    if (error === GIVE_UP) return UNSURE;
    throw error;
  }
}

function hasLineEnding(xml: string, from: number): boolean {
  return xml.indexOf("\r", from) >= 0 || xml.indexOf("\u0085", from) >= 0 || xml.indexOf("\u2028", from) >= 0;
}

function normalizeLineEndings(xml: string): string {
  return xml.replace(/\r[\n\u0085]/g, "\n").replace(/[\r\u0085\u2028]/g, "\n");
}

interface Scope {
  uris: Record<string, string>; // prefix ("" for the default) → namespace URI, inherited through prototypes
  elementNames: Map<string, string>; // qualified name → mammoth's name, valid within this scope
  attributeNames: Map<string, string>;
}

interface OpenElement<Node> {
  qName: string;
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  scope: Scope;
}

function scopeWithin(parent: Record<string, string>): Scope {
  return { uris: Object.create(parent) as Record<string, string>, elementNames: new Map(), attributeNames: new Map() };
}

const isSpace = (code: number) => code === SPACE || code === LF || code === TAB || code === CR;
const isNameChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 58) || code === 95 || code === 45 || code === 46;

class Reader<Node> {
  private pos = 0;
  private text = ""; // character data not yet appended: runs separated only by empty CDATA are one text node
  private nextAmpersand = -1;
  private entityEnd = 0;
  private root: Node | undefined;
  private readonly open: OpenElement<Node>[] = [];
  private readonly raw: string[] = []; // the tag being read: qualified name, value, qualified name, value...
  private readonly rootScope = scopeWithin(Object.create(null) as Record<string, string>);

  constructor(
    private readonly s: string,
    private readonly namespaceMap: NamespaceMap,
    private readonly nodes: XmlNodeFactory<Node>,
  ) {
    this.rootScope.uris["xml"] = XML_NAMESPACE;
  }

  document(): Node {
    if (this.s.charCodeAt(this.skipProlog()) !== LT) giveUp();
    this.startTag();
    while (this.open.length > 0) this.content();
    this.skipProlog();
    if (this.pos !== this.s.length || this.root === undefined) giveUp();
    return this.root;
  }

  // Before and after the root only white space, comments and processing instructions are certain to be harmless.
  skipProlog(): number {
    const s = this.s;
    for (;;) {
      while (isSpace(s.charCodeAt(this.pos))) this.pos++;
      if (s.startsWith("<!--", this.pos)) this.skipComment();
      else if (s.startsWith("<?", this.pos)) this.skipInstruction();
      else return this.pos;
    }
  }

  private content(): void {
    const s = this.s;
    const lt = s.indexOf("<", this.pos);
    if (lt < 0) giveUp();
    if (lt > this.pos) this.text += this.characters(this.pos, lt);
    this.pos = lt;
    const next = s.charCodeAt(lt + 1);
    if (next === BANG && s.startsWith("<![CDATA[", lt)) {
      // CDATA becomes a node mammoth drops; an empty one becomes no node, so the text around it is joined.
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) giveUp();
      if (end > lt + 9) this.flushText();
      this.pos = end + 3;
      return;
    }
    this.flushText();
    if (next === SLASH) this.endTag();
    else if (next === QUESTION) this.skipInstruction();
    else if (next !== BANG) this.startTag();
    else if (s.startsWith("<!--", lt)) this.skipComment();
    else giveUp(); // a DOCTYPE or other declaration
  }

  private flushText(): void {
    if (this.text === "") return;
    this.open[this.open.length - 1]!.children.push(this.nodes.text(this.text));
    this.text = "";
  }

  private skipComment(): void {
    const end = this.s.indexOf("-->", this.pos + 4);
    if (end < 0) giveUp();
    this.pos = end + 3;
  }

  private skipInstruction(): void {
    if (this.s.charCodeAt(this.pos + 2) === GT) giveUp(); // "<?>": xmldom recovers from it as text
    const end = this.s.indexOf("?>", this.pos + 2);
    if (end < 0) giveUp();
    this.pos = end + 2;
  }

  // Only `</name>` exactly: xmldom mistakes some well-formed elements closed by `</name >` for unclosed ones.
  private endTag(): void {
    const element = this.open.pop()!;
    const at = this.pos + 2;
    if (!this.s.startsWith(element.qName, at) || this.s.charCodeAt(at + element.qName.length) !== GT) giveUp();
    this.pos = at + element.qName.length + 1;
    this.append(this.nodes.element(element.name, element.attributes, element.children));
  }

  private startTag(): void {
    const s = this.s;
    let p = this.nameEnd(this.pos + 1);
    const qName = s.slice(this.pos + 1, p);
    const raw = this.raw;
    raw.length = 0;
    let spaced = false;
    let closed = false;
    for (;;) {
      let code = s.charCodeAt(p);
      if (isSpace(code)) {
        do code = s.charCodeAt(++p);
        while (isSpace(code));
        spaced = true;
      }
      if (code === GT || code === SLASH) {
        closed = code === SLASH;
        if (closed && s.charCodeAt(++p) !== GT) giveUp();
        break;
      }
      const nameStart = p;
      p = this.nameEnd(p);
      if (!spaced || p === nameStart) giveUp();
      raw.push(s.slice(nameStart, p));
      p = this.spaceEnd(p);
      if (s.charCodeAt(p) !== EQ) giveUp();
      p = this.spaceEnd(p + 1);
      const quote = s.charCodeAt(p);
      if (quote !== DQ && quote !== SQ) giveUp();
      const end = s.indexOf(quote === DQ ? '"' : "'", p + 1);
      if (end < 0) giveUp();
      raw.push(this.attributeValue(p + 1, end));
      p = end + 1;
      spaced = false;
    }
    this.pos = p + 1;
    this.openElement(qName, raw, closed);
  }

  private openElement(qName: string, raw: string[], closed: boolean): void {
    const parent = this.open[this.open.length - 1];
    if (!parent && qName === "parsererror") giveUp(); // mammoth takes that root for xmldom's error report
    const inherited = parent ? parent.scope : this.rootScope;
    let scope = inherited;
    for (let i = 0; i < raw.length; i += 2) {
      const attribute = raw[i]!;
      if (attribute.charCodeAt(0) !== LOWER_X || (attribute !== "xmlns" && !attribute.startsWith("xmlns:"))) continue;
      if (scope === inherited) scope = scopeWithin(inherited.uris);
      const prefix = attribute.slice(6);
      if (prefix === "xml" || prefix === "xmlns" || prefix === "__proto__") giveUp();
      scope.uris[prefix] = raw[i + 1]!;
    }
    if (hasRepeatedName(raw)) giveUp();
    const name = this.elementName(qName, scope);
    const attributes = Object.create(null) as Record<string, string>;
    for (let i = 0; i < raw.length; i += 2) attributes[this.attributeName(raw[i]!, scope)] = raw[i + 1]!;
    if (closed) return this.append(this.nodes.element(name, attributes, []));
    if (this.open.length >= MAX_FAST_DEPTH) giveUp();
    this.open.push({ qName, name, attributes, children: [], scope });
  }

  private append(node: Node): void {
    const parent = this.open[this.open.length - 1];
    if (parent) parent.children.push(node);
    else this.root = node;
  }

  private elementName(qName: string, scope: Scope): string {
    let name = scope.elementNames.get(qName);
    if (name === undefined) {
      const colon = checkedColon(qName);
      const uri = colon < 0 ? scope.uris[""] : this.declared(scope, qName.slice(0, colon));
      if (uri === XHTML_NAMESPACE) giveUp();
      scope.elementNames.set(qName, (name = this.mammothName(uri, qName.slice(colon + 1))));
    }
    return name;
  }

  // An attribute without a prefix is in no namespace, whatever the default; xmlns declarations stay as attributes.
  private attributeName(qName: string, scope: Scope): string {
    let name = scope.attributeNames.get(qName);
    if (name === undefined) {
      const colon = checkedColon(qName);
      // xmldom keeps its attribute index in a plain object, where these two names misbehave.
      if (qName === "hasOwnProperty" || qName === "__proto__") giveUp();
      const declaration = qName === "xmlns" || qName.startsWith("xmlns:");
      const uri = declaration ? XMLNS_NAMESPACE : colon < 0 ? undefined : this.declared(scope, qName.slice(0, colon));
      scope.attributeNames.set(qName, (name = this.mammothName(uri, qName.slice(colon + 1))));
    }
    return name;
  }

  private declared(scope: Scope, prefix: string): string {
    const uri = scope.uris[prefix];
    if (uri === undefined) giveUp();
    return uri;
  }

  // As mammoth's reader names a node from its namespace URI and local name.
  private mammothName(uri: string | undefined, local: string): string {
    if (!uri) return local;
    const mapped = this.namespaceMap[uri];
    return mapped ? mapped + ":" + local : "{" + uri + "}" + local;
  }

  // Text between tags, entities decoded. Runs without "&" are the rule, so the next "&" is remembered.
  private characters(from: number, to: number): string {
    if (this.nextAmpersand < from) {
      const at = this.s.indexOf("&", from);
      this.nextAmpersand = at < 0 ? this.s.length : at;
    }
    if (this.nextAmpersand >= to) return this.s.slice(from, to);
    let decoded = "";
    let at = this.nextAmpersand;
    while (at >= 0 && at < to) {
      decoded += this.s.slice(from, at) + this.entity(at);
      from = this.entityEnd;
      at = this.s.indexOf("&", from);
    }
    this.nextAmpersand = at < 0 ? this.s.length : at;
    return decoded + this.s.slice(from, to);
  }

  // xmldom turns tabs and line feeds in attribute values into spaces (those written as references stay).
  private attributeValue(from: number, to: number): string {
    const s = this.s;
    let plain = true;
    for (let i = from; i < to && plain; i++) {
      const code = s.charCodeAt(i);
      plain = code !== AMP && code !== LT && code !== TAB && code !== LF && code !== CR;
    }
    if (plain) return s.slice(from, to);
    let value = "";
    for (let i = from; i < to; i++) {
      const code = s.charCodeAt(i);
      if (code === LT) giveUp();
      if (code === AMP) {
        value += this.entity(i);
        i = this.entityEnd - 1;
      } else value += code === TAB || code === LF || code === CR ? " " : s[i];
    }
    return value;
  }

  // The five predefined entities and character references, in the forms xmldom decodes to the same character.
  private entity(at: number): string {
    const s = this.s;
    if (s.charCodeAt(at + 1) !== HASH) {
      for (const [reference, character] of NAMED_ENTITIES) {
        if (s.startsWith(reference, at)) {
          this.entityEnd = at + reference.length;
          return character;
        }
      }
      giveUp();
    }
    const hex = s.charCodeAt(at + 2) === LOWER_X;
    const digitsStart = hex ? at + 3 : at + 2;
    let end = digitsStart;
    let code = 0;
    for (let digit = digitValue(s.charCodeAt(end), hex); digit >= 0; digit = digitValue(s.charCodeAt(++end), hex)) {
      code = code * (hex ? 16 : 10) + digit;
    }
    const digits = end - digitsStart;
    if (digits === 0 || digits > (hex ? 6 : 7) || code > 0x10ffff || s.charCodeAt(end) !== SEMI) giveUp();
    this.entityEnd = end + 1;
    return String.fromCodePoint(code);
  }

  private nameEnd(from: number): number {
    while (isNameChar(this.s.charCodeAt(from))) from++;
    return from;
  }

  private spaceEnd(from: number): number {
    while (isSpace(this.s.charCodeAt(from))) from++;
    return from;
  }
}

function checkedColon(qName: string): number {
  if (!NAME.test(qName)) giveUp();
  return qName.indexOf(":");
}

function digitValue(code: number, hex: boolean): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (!hex) return -1;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

// A repeated attribute is a fatal error to xmldom.
function hasRepeatedName(raw: string[]): boolean {
  if (raw.length <= 16) {
    for (let i = 2; i < raw.length; i += 2) for (let j = 0; j < i; j += 2) if (raw[i] === raw[j]) return true;
    return false;
  }
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (seen.has(raw[i]!)) return true;
    seen.add(raw[i]!);
  }
  return false;
}
