import type { Extensions } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { Citation } from "./citation";

const SAFE_PROTOCOLS = ["http", "https", "mailto"];

/**
 * The page body's extensions, used by the editor in the browser and by the
 * static renderer on the server alike. They allow exactly what
 * lib/editor/body-schema.ts accepts: no code blocks, no underline, headings 2–4,
 * links only to http(s) and mailto.
 */
export const bodyExtensions: Extensions = makeBodyExtensions();

/**
 * The same extensions with options: a co-edited body has its undo history from the Yjs binding
 * (the Collaboration extension), so StarterKit's own must be off there.
 */
export function makeBodyExtensions({ undoRedo = true }: { undoRedo?: boolean } = {}): Extensions {
  return [
  StarterKit.configure({
    undoRedo: undoRedo ? undefined : false,
    heading: { levels: [2, 3, 4] },
    codeBlock: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: SAFE_PROTOCOLS,
      defaultProtocol: "https",
      isAllowedUri: (url) => /^(https?:\/\/|mailto:)/i.test(url.trim()),
      HTMLAttributes: { rel: "nofollow noopener noreferrer ugc", target: null },
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  Citation,
  ];
}
