## An employer's roster of workers from a CSV or XLSX file (dialogs/roster.py).
## roster-line starts a message about one line of the file; the error text
## follows in lower case. Errors about the whole file (line 0) are full sentences.

roster-help = Send the list of workers as a CSV or XLSX (Excel) file. The first line holds the column names (in English, Russian or Kazakh):
    • name (фио, аты) — the worker's name or any label, up to 64 characters;
    • permit_kind (вид_разрешения, рұқсат_түрі) — optional: labour-permit, employer-permit, intra-corporate-transfer, self-employment or residence-permit (the names in words work too);
    • permit_expiry (действует_до, жарамды_мерзімі) — the last day the permit is valid, as DD.MM.YYYY;
    • months_total (месяцев, ай_саны) — optional, labour immigrant permit only: months granted in total, extensions included (1 to 12).
    Each permit kind is watched by its own rules. Without permit_kind every worker is read as holding a labour immigrant permit.
    Example:
    name;permit_kind;permit_expiry;months_total
    Айгерим Б.;labour-permit;31.12.2026;6
    John Smith;employer-permit;30.06.2027;
roster-imported = Workers added: { $count }.
roster-problems = Lines with errors were not added:
roster-line = Line { $line }:{ " " }

roster-error-name-missing = the worker's name is missing (column name).
roster-error-name-too-long = the name is too long ({ $length } characters); at most { $max } are allowed.
roster-error-duplicate = the name “{ $value }” is already on line { $first }, so this line was not added.
roster-error-date = I could not read the date “{ $value }”{ $reason ->
        [date-error-day] : this month has only { $last } days.
        [date-error-month] : there is no month { $month }.
        [date-error-year-digits] : write the year with four digits, for example 31.12.2026.
       *[other] . Write it like this: DD.MM.YYYY, for example 31.12.2026.
    }
roster-error-date-missing = the last day of the permit is missing (column permit_expiry).
roster-error-date-range = the date “{ $value }” looks wrong: the date should be between { $earliest } and { $latest }. Please check it.
roster-error-months = “{ $value }” does not fit the column months_total: write a whole number from 1 to { $max } or leave the cell empty.

roster-error-header = I could not find the line with the column names. The first line of the file (or of the first sheet) must have the columns name and permit_expiry (missing: { $missing }). Send a CSV or XLSX file.
roster-error-too-many = The file has { $count } lines with workers, but at most { $max } can be added at once. Only the first { $max } were processed; please send the rest in another file.
roster-error-empty = There are no workers in the file. It needs a line with the column names and, below it, one line per worker.
roster-error-too-large = The file is too large: it may be at most { $max_mb } MB.

roster-imported-again = Already on the list (updated, not duplicated): { $count }.
roster-too-many-items = Not added because of the limit of { $max } entries per person: { $count }. Delete entries you no longer need in /status and send the file again.
roster-problems-more = …and { $count } more lines with errors. Fix them in the file and send it again: workers already added will not be duplicated.

roster-error-xlsx = I could not open this Excel file. Save it again as XLSX (or as CSV) and send it once more.
roster-error-kind = the permit kind “{ $value }” is unknown. Write one of: labour-permit, employer-permit, intra-corporate-transfer, self-employment, residence-permit.
roster-error-kind-missing = the permit kind is missing (column permit_kind).
roster-note-kind-assumed = The file has no permit_kind column, so every worker was read as holding a { $kind }.
roster-too-many-workers = Not added because a company's list may hold at most { $max } workers: { $count }. Remove workers you no longer need in /workers.
roster-see-workers = The list, most urgent first: /workers. Every morning at 9:00 I will send one digest of the deadlines in the next 14 days. To stop it: the 🔕 button on it or under /workers.

roster-kind-labour-permit = labour immigrant permit
roster-kind-employer-permit = employer's permit for foreign labour
roster-kind-intra-corporate-transfer = intra-corporate transfer
roster-kind-self-employment = self-employment certificate
roster-kind-residence-permit = temporary residence permit
