/**
 * The numbered, forward-only migrations, in order. Add a new file and one line here;
 * never edit one that has shipped.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_mention_analysis.js';
import * as m0003 from './0003_collection.js';
import * as m0004 from './0004_search.js';
import * as m0005 from './0005_enrichment.js';
import * as m0006 from './0006_parent_links.js';
import * as m0007 from './0007_invitations.js';
import * as m0008 from './0008_freshness.js';
import * as m0009 from './0009_engagement_media.js';
import * as m0010 from './0010_search_speed.js';
import * as m0011 from './0011_search_pairs.js';
import * as m0012 from './0012_dashboard_rollups.js';
import * as m0013 from './0013_events.js';
import * as m0014 from './0014_search_terms.js';
import * as m0015 from './0015_severity_model.js';
import * as m0016 from './0016_dashboard_grains_signals.js';

export interface MigrationStep {
  name: string;
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
}

export const migrations: MigrationStep[] = [
  { name: '0001_foundation', up: m0001.up },
  { name: '0002_mention_analysis', up: m0002.up },
  { name: '0003_collection', up: m0003.up },
  { name: '0004_search', up: m0004.up },
  { name: '0005_enrichment', up: m0005.up },
  { name: '0006_parent_links', up: m0006.up },
  { name: '0007_invitations', up: m0007.up },
  { name: '0008_freshness', up: m0008.up },
  { name: '0009_engagement_media', up: m0009.up },
  { name: '0010_search_speed', up: m0010.up },
  { name: '0011_search_pairs', up: m0011.up },
  { name: '0012_dashboard_rollups', up: m0012.up },
  { name: '0013_events', up: m0013.up },
  { name: '0014_search_terms', up: m0014.up },
  { name: '0015_severity_model', up: m0015.up },
  { name: '0016_dashboard_grains_signals', up: m0016.up },
];
