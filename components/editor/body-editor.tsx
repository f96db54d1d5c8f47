"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useId, useState } from "react";
import type { Doc } from "yjs";
import type { BodyDoc } from "@/lib/editor/body-schema";
import { bodyExtensions, makeBodyExtensions } from "@/lib/editor/extensions";

export type CiteTarget = { kind: "claim" | "source"; id: string; label: string };

/** A co-edited body: the Y.XmlFragment "body" of the shared document, with everyone's carets. */
export type SharedBody = { doc: Doc; provider: HocuspocusProvider; user: { id: string; name: string; color: string }; readOnly: boolean };

type Props = {
  value?: BodyDoc;
  onChange?: (doc: BodyDoc) => void;
  /** Edit the shared draft instead of a value of one's own. */
  shared?: SharedBody;
  /** Claims and sources an inline citation can point at. */
  citeTargets: CiteTarget[];
  label: string;
};

/** The page body editor: headings, lists, quotes, links, tables and inline citations, with a keyboard-reachable toolbar. */
export function BodyEditor({ value, onChange, shared, citeTargets, label }: Props) {
  const labelId = useId();
  const editor = useEditor({
    extensions: shared
      ? [
          ...makeBodyExtensions({ undoRedo: false }),
          Collaboration.configure({ document: shared.doc, field: "body" }),
          CollaborationCaret.configure({ provider: shared.provider, user: shared.user }),
        ]
      : bodyExtensions,
    content: shared ? undefined : value,
    editable: !shared?.readOnly,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "prose-body min-h-48 px-4 py-3 focus:outline-none",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
      },
    },
    onUpdate: ({ editor }) => onChange?.(editor.getJSON() as BodyDoc),
  }, [shared?.provider, shared?.readOnly]);
  return (
    <div>
      <span id={labelId} className="block text-sm font-medium">{label}</span>
      <div className="mt-1 rounded-md border border-line bg-white focus-within:ring-2 focus-within:ring-accent/40">
        {editor && !shared?.readOnly && <Toolbar editor={editor} citeTargets={citeTargets} />}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}

function Toolbar({ editor, citeTargets }: { editor: Editor; citeTargets: CiteTarget[] }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"), italic: e.isActive("italic"), h2: e.isActive("heading", { level: 2 }), h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"), ordered: e.isActive("orderedList"), quote: e.isActive("blockquote"), link: e.isActive("link"), table: e.isActive("table"),
    }),
  });
  const [citing, setCiting] = useState(false);
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState("");
  const chain = () => editor.chain().focus();
  const button = (label: string, active: boolean, run: () => void, text: string) => (
    <button type="button" aria-label={label} aria-pressed={active} title={label} onClick={run}
      className={`rounded px-2 py-1 text-sm ${active ? "bg-accent/10 text-accent" : "hover:bg-slate-100"}`}>{text}</button>
  );
  return (
    <div className="border-b border-line">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-0.5 p-1">
        {button("Bold", state.bold, () => chain().toggleBold().run(), "B")}
        {button("Italic", state.italic, () => chain().toggleItalic().run(), "I")}
        {button("Heading", state.h2, () => chain().toggleHeading({ level: 2 }).run(), "H2")}
        {button("Subheading", state.h3, () => chain().toggleHeading({ level: 3 }).run(), "H3")}
        {button("Bulleted list", state.bullet, () => chain().toggleBulletList().run(), "• List")}
        {button("Numbered list", state.ordered, () => chain().toggleOrderedList().run(), "1. List")}
        {button("Quote", state.quote, () => chain().toggleBlockquote().run(), "“ ”")}
        {button("Link", state.link, () => { setHref(editor.getAttributes("link").href ?? ""); setLinking((v) => !v); setCiting(false); }, "Link")}
        {state.table
          ? button("Delete table", false, () => chain().deleteTable().run(), "− Table")
          : button("Insert table", false, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), "+ Table")}
        {button("Insert citation", citing, () => { setCiting((v) => !v); setLinking(false); }, "Cite")}
      </div>
      {linking && (
        <form className="flex flex-wrap items-center gap-2 border-t border-line p-2" onSubmit={(e) => {
          e.preventDefault();
          if (href.trim()) chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
          else chain().extendMarkRange("link").unsetLink().run();
          setLinking(false);
        }}>
          <label className="text-sm" htmlFor="body-link-href">Link to</label>
          <input id="body-link-href" type="url" value={href} onChange={(e) => setHref(e.target.value)} placeholder="https://… (empty removes the link)"
            className="min-w-0 flex-1 rounded border border-line px-2 py-1 text-sm" autoFocus />
          <button type="submit" className="rounded bg-accent px-2 py-1 text-sm text-white">Apply</button>
        </form>
      )}
      {citing && (
        <div className="border-t border-line p-2">
          <label htmlFor="body-cite-target" className="block text-sm">Cite a claim of this page or a source</label>
          <select id="body-cite-target" autoFocus defaultValue="" className="mt-1 w-full rounded border border-line px-2 py-1 text-sm"
            onChange={(e) => {
              const [kind, id] = e.target.value.split(":");
              if (!id) return;
              chain().insertCitation(kind === "claim" ? { claimId: id } : { sourceId: id }).run();
              setCiting(false);
            }}>
            <option value="">Choose…</option>
            <optgroup label="Claims">{citeTargets.filter((t) => t.kind === "claim").map((t) => <option key={t.id} value={`claim:${t.id}`}>{t.label}</option>)}</optgroup>
            <optgroup label="Sources">{citeTargets.filter((t) => t.kind === "source").map((t) => <option key={t.id} value={`source:${t.id}`}>{t.label}</option>)}</optgroup>
          </select>
        </div>
      )}
    </div>
  );
}
