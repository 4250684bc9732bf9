// The two fields of a reference table whose rows an editor checks against the law's text.

import { yesNo } from "./enums.ts";
import { t, type Field, type Text } from "./types.ts";

export const checkedField = (what: Text): Field => ({
  key: "checked",
  alias: "diperiksa",
  presence: "required",
  kind: "enum",
  values: yesNo,
  label: t("Diperiksa", "Checked"),
  description: what,
});

export const checkedAgainstField: Field = {
  key: "checked_against",
  alias: "diperiksa_terhadap",
  presence: "optional",
  kind: "sources",
  label: t("Diperiksa terhadap", "Checked against"),
  description: t("Naskah yang dibaca saat memeriksa, dipisah \" | \".", "The text read when checking, separated by \" | \"."),
};
