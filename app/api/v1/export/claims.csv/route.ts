import { apiRoute } from "@/http/api-route";
import { openDataOperations } from "@/http/operations";
import { claimsCsv } from "@/lib/export/claims-csv";
import { textStream } from "@/lib/export/stream";
import { siteOrigin } from "@/http/site-origin";

/** Published claims, one row per citation, as CSV streamed batch by batch; published data only, whoever asks. */
export const GET = apiRoute(openDataOperations.csv, async ({ ctx, request }) =>
  new Response(textStream(claimsCsv(ctx.db, siteOrigin(request.headers, request.url)), "CSV export"), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="nexus-watch-claims.csv"',
    },
  }),
);
