/** Every detector family, one per file. The scanner runs those whose type is asked for. */
import { addressDetector } from "./address";
import { bankAccountDetector } from "./bank-account";
import { birthDateDetector } from "./birth-date";
import { corporateNumberDetector } from "./corporate-number";
import { creditCardDetector } from "./credit-card";
import type { Detector } from "./detector-kit";
import { driversLicenseDetector } from "./drivers-license";
import { emailAddressDetector } from "./email-address";
import { healthInsuranceDetector } from "./health-insurance";
import { myNumberDetector } from "./my-number";
import { passportDetector } from "./passport";
import { pensionNumberDetector } from "./pension-number";
import { phoneDetector } from "./phone";
import { postalCodeDetector } from "./postal-code";

export type { Detector };

export const DETECTORS: readonly Detector[] = [
  myNumberDetector,
  corporateNumberDetector,
  creditCardDetector,
  phoneDetector,
  emailAddressDetector,
  postalCodeDetector,
  addressDetector,
  birthDateDetector,
  bankAccountDetector,
  passportDetector,
  driversLicenseDetector,
  healthInsuranceDetector,
  pensionNumberDetector,
];
