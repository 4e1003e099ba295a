import { type Kysely, sql } from 'kysely'

// Frozen: never edit a landed migration; add a new one instead.

const statements = [
  `CREATE TABLE regions (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{12}$'),
    parent_code text REFERENCES regions(code),
    level text NOT NULL CHECK (level IN ('county', 'town', 'village')),
    kind text NOT NULL,
    name text NOT NULL,
    name_en text,
    path text NOT NULL,
    lat double precision,
    lng double precision,
    sort integer NOT NULL DEFAULT 0,
    county_code text NOT NULL
  )`,
  `CREATE INDEX regions_parent_idx ON regions (parent_code)`,
  `CREATE INDEX regions_path_idx ON regions (path text_pattern_ops)`,
  `CREATE TABLE grids (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    region_code text NOT NULL REFERENCES regions(code),
    county_code text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX grids_region_idx ON grids (region_code)`,
  `CREATE TABLE venues (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('station', 'point', 'window', 'post', 'mobile')),
    name text NOT NULL,
    region_code text NOT NULL REFERENCES regions(code),
    address text NOT NULL DEFAULT '',
    lat double precision,
    lng double precision,
    reception_hours text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    county_code text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX venues_region_idx ON venues (region_code)`,
  `CREATE TABLE deputies (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    gender text NOT NULL CHECK (gender IN ('male', 'female')),
    birth_year integer,
    ethnicity text NOT NULL DEFAULT '汉族',
    party text NOT NULL DEFAULT '',
    occupation text NOT NULL DEFAULT '',
    organisation text NOT NULL DEFAULT '',
    bio text NOT NULL DEFAULT '',
    region_code text NOT NULL REFERENCES regions(code),
    phone_enc text,
    phone_hash text,
    phone_masked text,
    active boolean NOT NULL DEFAULT true,
    county_code text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 1
  )`,
  `CREATE INDEX deputies_region_idx ON deputies (region_code)`,
  `CREATE INDEX deputies_phone_hash_idx ON deputies (phone_hash)`,
  `CREATE TABLE deputy_memberships (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    deputy_id uuid NOT NULL REFERENCES deputies(id) ON DELETE CASCADE,
    level text NOT NULL CHECK (level IN ('national', 'provincial', 'city', 'county', 'town')),
    term integer NOT NULL CHECK (term > 0),
    constituency text NOT NULL DEFAULT '',
    region_code text NOT NULL REFERENCES regions(code),
    UNIQUE (deputy_id, level, term)
  )`,
  `CREATE TABLE deputy_groups (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    region_code text NOT NULL REFERENCES regions(code),
    venue_id uuid REFERENCES venues(id),
    leader_deputy_id uuid REFERENCES deputies(id),
    county_code text NOT NULL
  )`,
  `CREATE TABLE deputy_group_members (
    group_id uuid NOT NULL REFERENCES deputy_groups(id) ON DELETE CASCADE,
    deputy_id uuid NOT NULL REFERENCES deputies(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, deputy_id)
  )`,
  `CREATE TABLE deputy_venues (
    deputy_id uuid NOT NULL REFERENCES deputies(id) ON DELETE CASCADE,
    venue_id uuid NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
    PRIMARY KEY (deputy_id, venue_id)
  )`,
  `CREATE TABLE deputy_grids (
    deputy_id uuid NOT NULL REFERENCES deputies(id) ON DELETE CASCADE,
    grid_id uuid NOT NULL REFERENCES grids(id) ON DELETE CASCADE,
    PRIMARY KEY (deputy_id, grid_id)
  )`,
  `CREATE TABLE platform_types (
    code text PRIMARY KEY,
    name text NOT NULL,
    name_en text NOT NULL DEFAULT '',
    sort integer NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE units (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('department', 'supervisory', 'court', 'procuratorate', 'town_government', 'platform')),
    platform_type text REFERENCES platform_types(code),
    region_code text NOT NULL REFERENCES regions(code),
    active boolean NOT NULL DEFAULT true,
    county_code text NOT NULL,
    CHECK ((kind = 'platform') = (platform_type IS NOT NULL))
  )`,
  `CREATE INDEX units_region_idx ON units (region_code)`,
  `CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    username text NOT NULL UNIQUE,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    password_history jsonb NOT NULL DEFAULT '[]',
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    failed_logins integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    totp_secret_enc text,
    totp_enabled boolean NOT NULL DEFAULT false,
    deputy_id uuid REFERENCES deputies(id),
    active boolean NOT NULL DEFAULT true,
    county_code text NOT NULL,
    last_login_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE user_roles (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('county_admin', 'town_staff', 'station_staff', 'deputy', 'unit_staff', 'integrity_liaison')),
    region_code text REFERENCES regions(code),
    venue_id uuid REFERENCES venues(id),
    unit_id uuid REFERENCES units(id)
  )`,
  `CREATE INDEX user_roles_user_idx ON user_roles (user_id)`,
  `CREATE TABLE sessions (
    id text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token text NOT NULL,
    mfa_pending boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ip text,
    user_agent text
  )`,
  `CREATE INDEX sessions_user_idx ON sessions (user_id)`,
  `CREATE TABLE audit_log (
    seq bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_id uuid,
    actor_name text NOT NULL,
    action text NOT NULL,
    target_type text NOT NULL,
    target_id text,
    result text NOT NULL CHECK (result IN ('success', 'failure', 'denied')),
    request_id text,
    detail jsonb NOT NULL DEFAULT '{}',
    county_code text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
  )`,
  `CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id)`,
  `CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at)`,
  // The audit log is append-only: updates and deletes are refused by the database itself.
  `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF current_setting('lianxin.audit_maintenance', true) = 'on' THEN
       RETURN COALESCE(NEW, OLD);
     END IF;
     RAISE EXCEPTION 'audit_log is append-only';
   END $$`,
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
     FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
  `CREATE TABLE app_meta (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
]

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

export async function down(_db: Kysely<any>): Promise<void> {
  throw new Error('the foundation migration is not reversible')
}
