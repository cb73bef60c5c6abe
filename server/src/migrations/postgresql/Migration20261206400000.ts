import { Migration } from '@mikro-orm/migrations';

/**
 * Knowledge documentation (issue 23): knowledge items of an academy (kind, Markdown body, links,
 * competency areas, review state, sources: a mentoring pair or meeting, a change project by
 * number), the people in them (authors, contributors, interviewee), and their full-text index:
 * a table `knowledge_search` with a weighted tsvector ('simple' configuration) and a GIN index,
 * of the stemmed words the server writes (features/knowledge/knowledge.text.ts), in the item's transaction.
 */
export class Migration20261206400000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "knowledge_item" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "academy_id" int not null, "agency_id" int null, "kind" text check ("kind" in ('BEST_PRACTICE', 'VIDEO_TUTORIAL', 'FAQ', 'INTERVIEW', 'PROCEDURE')) not null, "title" varchar(200) not null, "body" text not null, "links" jsonb not null, "competency_areas" jsonb not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "published_at" timestamptz null, "version" int not null default 1, "source_mentoring_pair_id" int null, "source_mentoring_meeting_id" int null, "source_action_plan_id" int null);`);
    this.addSql(`create index "knowledge_item_agency_id_index" on "knowledge_item" ("agency_id");`);
    this.addSql(`create index "knowledge_item_source_mentoring_pair_id_index" on "knowledge_item" ("source_mentoring_pair_id");`);
    this.addSql(`create index "knowledge_item_source_mentoring_meeting_id_index" on "knowledge_item" ("source_mentoring_meeting_id");`);
    this.addSql(`create index "knowledge_item_academy_id_status_index" on "knowledge_item" ("academy_id", "status");`);

    this.addSql(`create table "knowledge_item_person" ("id" serial primary key, "item_id" int not null, "person_id" int not null, "role" text check ("role" in ('AUTHOR', 'CONTRIBUTOR', 'INTERVIEWEE')) not null, "position" int not null);`);
    this.addSql(`create index "knowledge_item_person_person_id_index" on "knowledge_item_person" ("person_id");`);
    this.addSql(`alter table "knowledge_item_person" add constraint "knowledge_item_person_item_id_person_id_role_unique" unique ("item_id", "person_id", "role");`);

    this.addSql(`alter table "knowledge_item" add constraint "knowledge_item_academy_id_foreign" foreign key ("academy_id") references "academy" ("id") on update cascade;`);
    this.addSql(`alter table "knowledge_item" add constraint "knowledge_item_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "knowledge_item" add constraint "knowledge_item_source_mentoring_pair_id_foreign" foreign key ("source_mentoring_pair_id") references "mentoring_pair" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "knowledge_item" add constraint "knowledge_item_source_mentoring_meeting_id_foreign" foreign key ("source_mentoring_meeting_id") references "mentoring_meeting" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "knowledge_item_person" add constraint "knowledge_item_person_item_id_foreign" foreign key ("item_id") references "knowledge_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "knowledge_item_person" add constraint "knowledge_item_person_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade;`);

    this.addSql(`create table "knowledge_search" ("item_id" int primary key references "knowledge_item" ("id") on delete cascade, "document" tsvector not null);`);
    this.addSql(`create index "knowledge_search_document_index" on "knowledge_search" using gin ("document");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "knowledge_search";`);
    this.addSql(`drop table if exists "knowledge_item_person" cascade;`);
    this.addSql(`drop table if exists "knowledge_item" cascade;`);
  }
}
