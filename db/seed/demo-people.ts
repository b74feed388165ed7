/**
 * The demo cohort's participants and how far each has got, as days behind today's
 * open day (0 = done through today, 1 = today still open, and so on) and how long ago
 * they last did anything. Varied on purpose: on track, a little behind, stalled.
 */
export type DemoPerson = {
  name: string;
  email: string;
  /** Open days not completed, counting today. */
  behind: number;
  /** Days since the last saved work (0 = today). */
  idleDays: number;
  /** Share of completed days kept private. */
  privateShare: number;
  /** The participant's own zone, when it differs from the cohort's. */
  timeZone?: string;
};

export const DEMO_PARTICIPANT_EMAIL = "participant@example.com";
export const DEMO_FACILITATOR_EMAIL = "facilitator@example.com";

export const DEMO_PEOPLE: DemoPerson[] = [
  { name: "Dana Whitfield", email: DEMO_PARTICIPANT_EMAIL, behind: 3, idleDays: 1, privateShare: 0.1 },
  { name: "Amara Okafor", email: "amara.okafor@example.com", behind: 0, idleDays: 0, privateShare: 0 },
  { name: "Luis Fernández", email: "luis.fernandez@example.com", behind: 1, idleDays: 1, privateShare: 0.2 },
  { name: "Priya Raman", email: "priya.raman@example.com", behind: 0, idleDays: 0, privateShare: 0.1, timeZone: "Asia/Kolkata" },
  { name: "Tomasz Nowak", email: "tomasz.nowak@example.com", behind: 1, idleDays: 0, privateShare: 0, timeZone: "Europe/Warsaw" },
  { name: "Hannah Becker", email: "hannah.becker@example.com", behind: 2, idleDays: 2, privateShare: 0.3 },
  { name: "Kwame Mensah", email: "kwame.mensah@example.com", behind: 1, idleDays: 1, privateShare: 0 },
  { name: "Sofia Lindqvist", email: "sofia.lindqvist@example.com", behind: 0, idleDays: 0, privateShare: 0.15, timeZone: "Europe/Stockholm" },
  { name: "Marcus Chen", email: "marcus.chen@example.com", behind: 5, idleDays: 4, privateShare: 0 },
  { name: "Aisha Rahman", email: "aisha.rahman@example.com", behind: 1, idleDays: 0, privateShare: 0.1 },
  { name: "Jonah Feld", email: "jonah.feld@example.com", behind: 9, idleDays: 8, privateShare: 0 },
  { name: "Mei Tanaka", email: "mei.tanaka@example.com", behind: 1, idleDays: 1, privateShare: 0, timeZone: "Asia/Tokyo" },
  { name: "Olivia Grant", email: "olivia.grant@example.com", behind: 2, idleDays: 1, privateShare: 0.2 },
  { name: "Rafael Souza", email: "rafael.souza@example.com", behind: 0, idleDays: 0, privateShare: 0, timeZone: "America/Sao_Paulo" },
  { name: "Nadia Haddad", email: "nadia.haddad@example.com", behind: 4, idleDays: 3, privateShare: 0.25 },
  { name: "Ben Okonkwo", email: "ben.okonkwo@example.com", behind: 1, idleDays: 0, privateShare: 0 },
  { name: "Ingrid Solberg", email: "ingrid.solberg@example.com", behind: 12, idleDays: 11, privateShare: 0 },
  { name: "Carlos Mendoza", email: "carlos.mendoza@example.com", behind: 1, idleDays: 1, privateShare: 0.1, timeZone: "America/Mexico_City" },
  { name: "Grace Liu", email: "grace.liu@example.com", behind: 0, idleDays: 0, privateShare: 0.05, timeZone: "America/Los_Angeles" },
  { name: "Samuel Adeyemi", email: "samuel.adeyemi@example.com", behind: 3, idleDays: 2, privateShare: 0 },
  { name: "Elena Petrova", email: "elena.petrova@example.com", behind: 1, idleDays: 0, privateShare: 0.3 },
  { name: "Owen Gallagher", email: "owen.gallagher@example.com", behind: 7, idleDays: 6, privateShare: 0 },
  { name: "Yasmin Aziz", email: "yasmin.aziz@example.com", behind: 1, idleDays: 1, privateShare: 0, timeZone: "Europe/London" },
  { name: "Theo Laurent", email: "theo.laurent@example.com", behind: 2, idleDays: 1, privateShare: 0.1, timeZone: "Europe/Paris" },
];

