"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";
import { hitKind, hitPath, KIND_LABELS, searchPagePath, type SearchScope } from "@/lib/search/hit-path";
import type { SearchHit } from "@/lib/search/types";
import { resultCount } from "@/lib/search/result-count";
import { HighlightedSnippet } from "./highlighted-snippet";
import { useSearchSuggestions } from "./queries";
import { useDebouncedValue } from "./use-debounced-value";

const GROUP_ORDER = ["firm", "route", "technology", "claim", "source"] as const;

type Option = { href: string; hit?: SearchHit };

/**
 * The header search: instant results as you type, grouped by kind. An ARIA 1.2 combobox:
 * focus stays in the input, arrow keys move the active option (aria-activedescendant),
 * Enter opens it (or the full results page), Escape closes the list, then clears.
 */
export function SearchBox() {
  const router = useRouter();
  const pathname = usePathname();
  // In the workspace, members search their drafts too; everywhere else, the published edition.
  const scope: SearchScope = pathname?.startsWith("/workspace") ? "workspace" : "published";
  const id = useId();
  const listId = `${id}-list`;
  const [value, setValue] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebouncedValue(value, 180);
  const { data, isFetching, isError } = useSearchSuggestions(debounced, scope);
  const ready = debounced.trim().length >= 2;

  const groups = useMemo(() => {
    const hits = ready ? (data?.hits ?? []) : [];
    return GROUP_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => hitKind(h) === kind) })).filter((g) => g.hits.length > 0);
  }, [data, ready]);

  // Options in the order they are shown, then "all results": the order the arrow keys walk.
  const options: Option[] = useMemo(() => {
    const list: Option[] = groups.flatMap((g) => g.hits.map((hit) => ({ href: hitPath(hit, scope), hit })));
    if (value.trim()) list.push({ href: searchPagePath({ q: value.trim(), scope: scope === "workspace" ? "workspace" : undefined }) });
    return list;
  }, [groups, value, scope]);

  // Resets when the query or the page changes. eslint: these follow an outside change (the debounce
  // timer, the router) after it happened, which is what an effect is for; there is no event to hang them on.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setActive(-1), [debounced]);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setOpen(false), [pathname]);

  const expanded = open && value.trim().length >= 2;
  const optionId = (i: number) => `${id}-option-${i}`;

  function go(href: string) {
    setOpen(false);
    setActive(-1);
    router.push(href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      // -1 is the input itself: moving past either end comes back to it, as in a native list.
      const last = options.length - 1;
      setActive((i) => (event.key === "ArrowDown" ? (i >= last ? -1 : i + 1) : i <= -1 ? last : i - 1));
    } else if (event.key === "Enter") {
      const option = expanded && active >= 0 ? options[active] : undefined;
      if (option) {
        event.preventDefault();
        go(option.href);
      }
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        event.preventDefault();
        setValue("");
      }
    } else if (event.key === "Tab") {
      setOpen(false);
    }
  }

  const status = !ready ? "" : isError ? "Search is unavailable right now." : data ? resultCount(data.total, data.totalRelation) : "";
  // Each group's first option number: the options are numbered across groups, in the order shown.
  const firstOption = groups.map((_, g) => groups.slice(0, g).reduce((n, prev) => n + prev.hits.length, 0));

  return (
    <form
      role="search"
      action="/search"
      method="get"
      className="relative w-full sm:ml-auto sm:w-80"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) go(searchPagePath({ q: value.trim(), scope: scope === "workspace" ? "workspace" : undefined }));
      }}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        Search firms, routes, technologies, claims and sources
      </label>
      <div className="relative">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-muted" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4 4" strokeLinecap="round" />
        </svg>
        <input
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={scope === "workspace" ? "Search, drafts included…" : "Search firms, names in any script…"}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-line bg-paper py-1.5 pl-8 pr-3 text-sm text-ink placeholder:text-muted focus:border-accent focus:bg-white"
        />
        {scope === "workspace" && <input type="hidden" name="scope" value="workspace" />}
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label="Search suggestions"
        hidden={!expanded}
        className="absolute right-0 z-30 mt-1 max-h-[70vh] w-full overflow-y-auto rounded-md border border-line bg-white py-1 shadow-lg sm:w-[28rem]"
      >
        {groups.map((group, g) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-group-${group.kind}`}>
            <div id={`${id}-group-${group.kind}`} role="presentation" className="px-3 pb-0.5 pt-2 text-xs font-semibold uppercase tracking-wide text-muted">
              {KIND_LABELS[group.kind].many}
            </div>
            {group.hits.map((hit, h) => {
              const i = (firstOption[g] ?? 0) + h;
              return (
                <div
                  key={`${hit.type}-${hit.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => go(options[i]!.href)}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-accent/10" : ""}`}
                >
                  <div className="truncate font-medium text-ink">{hit.title}</div>
                  {hit.snippet && <HighlightedSnippet snippet={hit.snippet} className="line-clamp-1 text-xs text-muted" />}
                </div>
              );
            })}
          </div>
        ))}
        {ready && isError && <div className="px-3 py-2 text-sm text-rose-800">Search is unavailable right now.</div>}
        {ready && !isError && groups.length === 0 && !isFetching && (
          <div className="px-3 py-2 text-sm text-muted">No matches yet — press Enter to search everything.</div>
        )}
        {value.trim() && (
          <div
            id={optionId(options.length - 1)}
            role="option"
            aria-selected={active === options.length - 1}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(options.length - 1)}
            onClick={() => go(options[options.length - 1]!.href)}
            className={`mt-1 cursor-pointer border-t border-line px-3 py-2 text-sm text-accent ${active === options.length - 1 ? "bg-accent/10" : ""}`}
          >
            All results for “{value.trim()}”
          </div>
        )}
      </div>
      <div aria-live="polite" className="sr-only">
        {expanded ? status : ""}
      </div>
    </form>
  );
}
