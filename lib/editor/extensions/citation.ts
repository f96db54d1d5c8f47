import { mergeAttributes, Node } from "@tiptap/core";

export type CitationAttrs = { claimId: string | null; sourceId: string | null; locator: string | null };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    citation: {
      /** Inserts an inline citation pointing at a claim or a source. */
      insertCitation: (attrs: Partial<CitationAttrs>) => ReturnType;
    };
  }
}

/**
 * An inline citation in the page body: points at one claim or one source and is
 * shown as a numbered footnote marker. An atom: it is inserted and removed whole.
 */
export const Citation = Node.create({
  name: "citation",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      claimId: { default: null, parseHTML: (el) => el.getAttribute("data-claim-id"), renderHTML: (a) => (a.claimId ? { "data-claim-id": a.claimId } : {}) },
      sourceId: { default: null, parseHTML: (el) => el.getAttribute("data-source-id"), renderHTML: (a) => (a.sourceId ? { "data-source-id": a.sourceId } : {}) },
      locator: { default: null, parseHTML: (el) => el.getAttribute("data-locator"), renderHTML: (a) => (a.locator ? { "data-locator": a.locator } : {}) },
    };
  },

  parseHTML() {
    return [{ tag: "sup[data-citation]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["sup", mergeAttributes({ "data-citation": "", class: "citation" }, HTMLAttributes), "[*]"];
  },

  renderText() {
    return "[*]";
  },

  addCommands() {
    return {
      insertCitation:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
