import { Migration } from '@mikro-orm/migrations';

/**
 * Knowledge documentation (issue 23): knowledge items of an academy (kind, Markdown body, links,
 * competency areas, review state, sources: a mentoring pair or meeting, a change project by
 * number), the people in them (authors, contributors, interviewee), and their full-text index:
 * an FTS5 table `knowledge_search` (rowid = the item's id) holding the stemmed words the server
 * writes (features/knowledge/knowledge.text.ts), in the item's transaction.
 */
export class Migration20261206400000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`knowledge_item\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`academy_id\` integer not null, \`agency_id\` integer null, \`kind\` text check (\`kind\` in ('BEST_PRACTICE', 'VIDEO_TUTORIAL', 'FAQ', 'INTERVIEW', 'PROCEDURE')) not null, \`title\` text not null, \`body\` text not null, \`links\` json not null, \`competency_areas\` json not null, \`status\` text check (\`status\` in ('DRAFT', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', \`published_at\` datetime null, \`version\` integer not null default 1, \`source_mentoring_pair_id\` integer null, \`source_mentoring_meeting_id\` integer null, \`source_action_plan_id\` integer null, constraint \`knowledge_item_academy_id_foreign\` foreign key(\`academy_id\`) references \`academy\`(\`id\`) on update cascade, constraint \`knowledge_item_agency_id_foreign\` foreign key(\`agency_id\`) references \`agency\`(\`id\`) on delete set null on update cascade, constraint \`knowledge_item_source_mentoring_pair_id_foreign\` foreign key(\`source_mentoring_pair_id\`) references \`mentoring_pair\`(\`id\`) on delete set null on update cascade, constraint \`knowledge_item_source_mentoring_meeting_id_foreign\` foreign key(\`source_mentoring_meeting_id\`) references \`mentoring_meeting\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`knowledge_item_academy_id_index\` on \`knowledge_item\` (\`academy_id\`);`);
    this.addSql(`create index \`knowledge_item_agency_id_index\` on \`knowledge_item\` (\`agency_id\`);`);
    this.addSql(`create index \`knowledge_item_source_mentoring_pair_id_index\` on \`knowledge_item\` (\`source_mentoring_pair_id\`);`);
    this.addSql(`create index \`knowledge_item_source_mentoring_meeting_id_index\` on \`knowledge_item\` (\`source_mentoring_meeting_id\`);`);
    this.addSql(`create index \`knowledge_item_academy_id_status_index\` on \`knowledge_item\` (\`academy_id\`, \`status\`);`);
    this.addSql(`create table \`knowledge_item_person\` (\`id\` integer not null primary key autoincrement, \`item_id\` integer not null, \`person_id\` integer not null, \`role\` text check (\`role\` in ('AUTHOR', 'CONTRIBUTOR', 'INTERVIEWEE')) not null, \`position\` integer not null, constraint \`knowledge_item_person_item_id_foreign\` foreign key(\`item_id\`) references \`knowledge_item\`(\`id\`) on delete cascade on update cascade, constraint \`knowledge_item_person_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`knowledge_item_person_item_id_index\` on \`knowledge_item_person\` (\`item_id\`);`);
    this.addSql(`create index \`knowledge_item_person_person_id_index\` on \`knowledge_item_person\` (\`person_id\`);`);
    this.addSql(`create unique index \`knowledge_item_person_item_id_person_id_role_unique\` on \`knowledge_item_person\` (\`item_id\`, \`person_id\`, \`role\`);`);
    this.addSql("create virtual table `knowledge_search` using fts5(`title`, `body`, tokenize = 'unicode61 remove_diacritics 2');");
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `knowledge_search`;');
    this.addSql('drop table if exists `knowledge_item_person`;');
    this.addSql('drop table if exists `knowledge_item`;');
  }
}
