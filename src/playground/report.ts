/** What one press of Send did: the record every result panel renders. */
import type { CallRecord, SendOutcome, SentMessage, SimulatedMailbox } from "./simulated-outlook";
import type { RecipientField } from "./compose-form";
import type { FetchRecord } from "./fetch-intercept";

export interface SendReport {
  /** 1 for the first Send on this page, 2 for the next… */
  seq: number;
  /** The handler is still running (no outcome yet); `slow` once past Outlook's 5 s notice. */
  running?: boolean;
  slow?: boolean;
  mailbox: SimulatedMailbox;
  /** The recipients as the person typed them, before the handler ran. */
  before: Record<RecipientField, Office.EmailAddressDetails[]>;
  /** The send driver's result; absent when the Send could not finish (see `error`). */
  outcome?: SendOutcome;
  error?: unknown;
  /** The person's answer to the Smart Alert, once given. */
  choice?: "dontSend" | "sendAnyway" | "takeAction";
  /** What left the outbox (allowed by the handler, or "Send anyway"). */
  sent?: SentMessage;
  /** The Office calls of this Send, and the policy requests. */
  calls: CallRecord[];
  fetches: FetchRecord[];
  /** From the click to the result on screen. */
  wallMs: number;
}
