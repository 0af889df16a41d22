## An employer's roster of workers from a CSV or XLSX file (dialogs/roster.py).
## roster-line starts a message about one line of the file; the error text
## follows in lower case. Errors about the whole file (line 0) are full sentences.

roster-help = Send the list of workers as a CSV or XLSX (Excel) file. One of its first 5 lines holds the column names (in English, Russian or Kazakh):
    • name (фио, аты-жөні) — the worker's name or any label, up to 64 characters; separate columns surname, first name, patronymic work too;
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

roster-error-name-too-long = the name is too long ({ $length } characters); at most { $max } are allowed.
roster-error-duplicate = the name “{ $value }” is already on line { $first }, so this line was not added.
roster-error-date = I could not read the date “{ $value }”{ $reason ->
        [date-error-day] : this month has only { $last } days.
        [date-error-month] : there is no month { $month }.
        [date-error-year] : the year { NUMBER($year, useGrouping: 0) } looks like a typo. Please check the year.
        [date-error-year-digits] : write the year with four digits, for example 31.12.2026.
       *[other] . Write it like this: DD.MM.YYYY, for example 31.12.2026.
    }
roster-error-date-range = the date “{ $value }” looks wrong: the date should be between { $earliest } and { $latest }. Please check it.
## $column: the column's name as the user's file writes it.
roster-error-name-empty = the worker's name is missing (column “{ $column }”).
roster-error-expiry-empty = the last day of the permit is missing (column “{ $column }”).
roster-error-kind-empty = the permit kind is missing (column “{ $column }”).
roster-error-months-value = “{ $value }” does not fit the column “{ $column }”: write a whole number from 1 to { $max } or leave the cell empty.

roster-error-header-none = I could not find the line with the column names. One of the first { $rows } lines of the file (or of its first sheet) must name the columns “Name” and “Permit expiry”. Columns “Surname”, “First name”, “Patronymic” work instead of “Name”; Russian names such as «ФИО» and «Действует до» work too. Send a CSV or XLSX file.
## $name and $expiry: the column found, as the file names it.
roster-error-header-no-expiry = I found the column “{ $name }” but not the one with the permit's last day. Add it on the same line as “{ $name }”, named “Permit expiry” (or «Действует до»), and send the file again.
roster-error-header-no-name = I found the column “{ $expiry }” but not the one with the workers' names. Add it on the same line as “{ $expiry }”, named “Name” (or columns “Surname”, “First name”, “Patronymic”), and send the file again.
roster-error-too-many-company = The file has { $count } lines with workers. Only the first { $max } were read: a company's list may hold at most { $company_max } workers, so the rest cannot be added in another file either. To make room, remove workers who no longer work for you: /workers → the worker's number → 🗑 Remove from the list.
roster-error-too-many = The file has { $count } lines with workers, but at most { $max } can be added at once. Only the first { $max } were processed; please send the rest in another file.
## An XLSX file read only so far (a million rows in a small file): how many rows it holds is not known.
## $row is the last sheet row read, $company_max a company's list limit.
workers-file-too-long = The file is too long: only rows up to row { $row } were read, the rest of it was not. A company's list may hold at most { $company_max } workers. If there are more workers below, delete the extra rows (empty ones too) and send the file again; to make room in the list: /workers → the worker's number → 🗑 Remove from the list.
roster-error-empty = There are no workers in the file. It needs a line with the column names and, below it, one line per worker.
## The answer to worker rows typed as text after /roster (instead of a file).
roster-typed = I add workers only from a CSV or XLSX (Excel) file, not from a message, so nothing from this text was saved. Your message stays in the chat: copy the rows into a spreadsheet (the sample is the workers.csv file above), save it as CSV or XLSX and send it as a file. The columns it needs: /roster.
roster-error-too-large = The file is too large: it may be at most { $max_mb } MB.

roster-imported-again = Already on the list (updated, not duplicated): { $count }.
## The reply to a company roster upload. $names: the first few names, comma-separated
## (with roster-names-more when there are more).
roster-added = Workers added: { $count }.
    { $names }
roster-updated = Already on the list, updated: { $count }.
    { $names }
roster-unchanged = Already on the list, unchanged: { $count }.
roster-names-more = { $names } and { $count } more
roster-not-in-file = Workers on the company's list who are not in this file: { $count }.
    { $names }
    They stay on the list: a file adds and updates workers but removes no one. To remove someone who no longer works for you: /workers → the worker's number → 🗑 Remove from the list.
roster-too-many-items = Not added because of the limit of { $max } entries per person: { $count }. Delete entries you no longer need in /status and send the file again.
roster-problems-more = …and { $count } more lines with errors. Fix them in the file and send it again: workers already added will not be duplicated.

roster-error-xlsx = I could not open this Excel file. Save it again as XLSX (or as CSV) and send it once more.
roster-error-kind = the permit kind “{ $value }” is unknown. Write one of: labour-permit, employer-permit, intra-corporate-transfer, self-employment, residence-permit.
roster-note-kind-assumed = The file has no permit_kind column, so every worker was read as holding a { $kind }.
roster-too-many-workers = Not added because a company's list may hold at most { $max } workers: { $count }. Remove workers you no longer need in /workers.
roster-see-workers = The list, most urgent first: /workers. Every morning at 9:00 I will send one digest of the deadlines in the next 14 days. To stop it: the 🔕 button on it or under /workers.

roster-kind-labour-permit = labour immigrant permit
roster-kind-employer-permit = employer's permit for foreign labour
roster-kind-intra-corporate-transfer = intra-corporate transfer
roster-kind-self-employment = self-employment certificate
roster-kind-residence-permit = temporary residence permit
