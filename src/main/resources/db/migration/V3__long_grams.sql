-- Runs of Latin letters and digits (a plate after its province, a VIN, phone numbers) are indexed in 4-grams
-- as well, and runs of digits in 5-grams (SearchText): there are only a thousand digit 3-grams, so in a large
-- archive a whole phone number had tens of thousands of candidates, and a whole plate a thousand.
-- The gram column grows to five characters and the entries indexed before get the grams SearchText.grams()
-- writes now: every 4-character piece of the entry's text made only of digits and upper-case letters, and
-- every 5-character piece made only of digits (the text joins its fields with spaces, so no piece spans two
-- fields), each once per entry.

ALTER TABLE search_gram ALTER COLUMN gram SET DATA TYPE VARCHAR(5);

-- 4-grams: pieces starting at characters 1 to 100 of every entry (the longest seen are about 80 characters).
INSERT INTO search_gram (gram, entry_id)
SELECT SUBSTRING(e.haystack FROM p.n FOR 4), e.id
FROM search_entry e
JOIN (SELECT t.x * 10 + u.x + 1 AS n
      FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) t (x)
      CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) u (x)) p
  ON p.n <= CHAR_LENGTH(e.haystack) - 3
WHERE TRANSLATE(SUBSTRING(e.haystack FROM p.n FOR 4), '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                '00000000000000000000000000000000000') = '0000'
  AND POSITION(SUBSTRING(e.haystack FROM p.n FOR 4) IN e.haystack) = p.n;

-- 4-grams starting at characters 101 to 600, for the few entries that long.
INSERT INTO search_gram (gram, entry_id)
SELECT SUBSTRING(e.haystack FROM p.n FOR 4), e.id
FROM search_entry e
JOIN (SELECT h.x * 100 + t.x * 10 + u.x + 1 AS n
      FROM (VALUES (1), (2), (3), (4), (5)) h (x)
      CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) t (x)
      CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) u (x)) p
  ON p.n <= CHAR_LENGTH(e.haystack) - 3
WHERE CHAR_LENGTH(e.haystack) > 103
  AND TRANSLATE(SUBSTRING(e.haystack FROM p.n FOR 4), '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                '00000000000000000000000000000000000') = '0000'
  AND POSITION(SUBSTRING(e.haystack FROM p.n FOR 4) IN e.haystack) = p.n;

-- 5-grams of digits, from characters 1 to 100, then 101 to 600.
INSERT INTO search_gram (gram, entry_id)
SELECT SUBSTRING(e.haystack FROM p.n FOR 5), e.id
FROM search_entry e
JOIN (SELECT t.x * 10 + u.x + 1 AS n
      FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) t (x)
      CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) u (x)) p
  ON p.n <= CHAR_LENGTH(e.haystack) - 4
WHERE TRANSLATE(SUBSTRING(e.haystack FROM p.n FOR 5), '123456789', '000000000') = '00000'
  AND POSITION(SUBSTRING(e.haystack FROM p.n FOR 5) IN e.haystack) = p.n;

INSERT INTO search_gram (gram, entry_id)
SELECT SUBSTRING(e.haystack FROM p.n FOR 5), e.id
FROM search_entry e
JOIN (SELECT h.x * 100 + t.x * 10 + u.x + 1 AS n
      FROM (VALUES (1), (2), (3), (4), (5)) h (x)
      CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) t (x)
      CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) u (x)) p
  ON p.n <= CHAR_LENGTH(e.haystack) - 4
WHERE CHAR_LENGTH(e.haystack) > 104
  AND TRANSLATE(SUBSTRING(e.haystack FROM p.n FOR 5), '123456789', '000000000') = '00000'
  AND POSITION(SUBSTRING(e.haystack FROM p.n FOR 5) IN e.haystack) = p.n;
