## An employer's roster of workers from a CSV file (dialogs/roster.py).
## roster-line starts a message about one line of the file; the error text
## follows in lower case. Errors about the whole file (line 0) are full sentences.

roster-help = Send the list of workers as a CSV file (in Excel: “Save As” → “CSV (semicolon delimited)” or “CSV (comma delimited)”). The first line holds the column names:
    • name — the worker's name or any label, up to 64 characters;
    • permit_expiry — the last day the permit is valid, as DD.MM.YYYY;
    • months_total — optional: how many months the permit was granted for in total, extensions included (1 to 12).
    Russian column names work too: фио, действует_до, месяцев.
    Example:
    name;permit_expiry;months_total
    Айгерим Б.;31.12.2026;6
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
roster-error-date-range = the date “{ $value }” looks wrong: the date should be between { $earliest } and { $latest }. Please check the year.
roster-error-months = “{ $value }” does not fit the column months_total: write a whole number from 1 to { $max } or leave the cell empty.

roster-error-header = I could not find the line with the column names. The first line of the file must have the columns name and permit_expiry (missing: { $missing }). Please send a CSV file, not XLSX: in Excel choose “Save As” → “CSV”.
roster-error-too-many = The file has { $count } lines with workers, but at most { $max } can be added at once. Only the first { $max } were processed; please send the rest in another file.
roster-error-empty = There are no workers in the file. It needs a line with the column names and, below it, one line per worker.
roster-error-too-large = The file is too large: it may be at most { $max_mb } MB.

roster-imported-again = Already on the list (updated, not duplicated): { $count }.
roster-too-many-items = Not added because of the limit of { $max } entries per person: { $count }. Delete entries you no longer need in /status and send the file again.
roster-problems-more = …and { $count } more lines with errors. Fix them in the file and send it again: workers already added will not be duplicated.
