import { apiRoute } from "@/http/api-route";
import { openDataOperations } from "@/http/operations";
import { ftmLines } from "@/lib/export/ftm";
import { textStream } from "@/lib/export/stream";
import { siteOrigin } from "@/http/site-origin";

/** The published data set as FollowTheMoney JSON lines, streamed batch by batch; published data only, whoever asks. */
export const GET = apiRoute(openDataOperations.ftm, async ({ ctx, request }) =>
  new Response(textStream(ftmLines(ctx.db, siteOrigin(request.headers, request.url)), "FollowTheMoney export"), {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": 'attachment; filename="nexus-watch-entities.ftm.json"',
    },
  }),
);
