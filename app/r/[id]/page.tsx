import { notFound, permanentRedirect } from "next/navigation";
import { publicContext } from "@/app/_server/context";
import { permalinkPath } from "@/lib/entities/citation";
import { pageOfPublishedRevision } from "@/lib/entities/revision-snapshot";

type Props = { params: Promise<{ id: string }> };

/** /r/<revision id>: a short permalink of a published page revision, forwarding to its page at that revision. */
export default async function RevisionPermalink({ params }: Props) {
  const { id } = await params;
  const ctx = await publicContext();
  const page = await pageOfPublishedRevision(ctx.db, id);
  if (!page) notFound();
  permanentRedirect(permalinkPath({ ...page, revision: { id } }));
}
