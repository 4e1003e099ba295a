import { type Kysely, sql } from 'kysely'

/**
 * Published answers (办理结果公开, docs/domain.md "Openness"):
 * - suggestions.publish_consent: the citizen's choice at submission that the item and its answer may be published
 *   without their name (default no; staff recording an item on a citizen's behalf ask and record it too);
 * - suggestion_publications: one row per published item. Staff publish a consenting item after a review that
 *   scrubs personal data: the texts as published (`question`, `answer`) are kept beside what the review found
 *   (`findings`: each detected span, its kind and whether staff confirmed it) — the originals stay on the item.
 *   The question may be published while the item is open (so that others can add their support, 附议); the answer
 *   once the item is answered. A publication is withdrawn (reason kept), never deleted; every change is audited.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of [
    `ALTER TABLE suggestions ADD COLUMN publish_consent boolean NOT NULL DEFAULT false`,
    `CREATE TABLE suggestion_publications (
      suggestion_id uuid PRIMARY KEY REFERENCES suggestions(id),
      status text NOT NULL CHECK (status IN ('published', 'withdrawn')),
      question text NOT NULL CHECK (length(question) BETWEEN 1 AND 5000),
      answer text CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 5000),
      findings jsonb NOT NULL DEFAULT '[]',
      town_code text REFERENCES regions(code),
      category_code text,
      search_text text NOT NULL DEFAULT '',
      published_by uuid REFERENCES users(id),
      published_at timestamptz NOT NULL,
      answer_published_at timestamptz,
      withdrawn_at timestamptz,
      withdraw_reason text,
      county_code text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`,
    `CREATE INDEX suggestion_publications_list_idx ON suggestion_publications (county_code, published_at DESC)
      WHERE status = 'published'`,
    `CREATE INDEX suggestion_publications_town_idx ON suggestion_publications (town_code, published_at DESC)
      WHERE status = 'published'`,
    `CREATE INDEX suggestion_publications_search_idx ON suggestion_publications
      USING gin (to_tsvector('simple', search_text)) WHERE status = 'published'`,
  ])
    await sql.raw(statement).execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw('DROP TABLE suggestion_publications').execute(db)
  await sql.raw('ALTER TABLE suggestions DROP COLUMN publish_consent').execute(db)
}
