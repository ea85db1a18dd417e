package com.fours.workbench.durability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side file of the crash workload: one line per commit that returned, written and forced to
 * the disk before the next operation starts, so whatever it holds had committed before the kill.
 * A line is {@code TYPE key=value ...}; values carry no spaces.
 */
final class CommitLog implements AutoCloseable {

    private final FileChannel channel;

    CommitLog(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Appends one line and returns only when it is on the disk. */
    void append(String type, Object... keysAndValues) {
        StringBuilder line = new StringBuilder(type);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            line.append(' ').append(keysAndValues[i]).append('=').append(keysAndValues[i + 1]);
        }
        line.append('\n');
        ByteBuffer bytes = ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the commit log", e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** One logged commit: its line number, type and fields. */
    record Entry(int lineNo, String type, Map<String, String> fields) {

        String get(String key) {
            String value = fields.get(key);
            if (value == null) {
                throw new IllegalStateException("line " + lineNo + " (" + type + ") has no " + key);
            }
            return value;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(type);
            fields.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
            return s.toString();
        }
    }

    /** The complete lines of the file; a last line cut by the kill (no line end) is not a commit. */
    static List<Entry> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Collections.emptyList();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        int lineNo = 0;
        for (int end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
            lineNo++;
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(" ");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            entries.add(new Entry(lineNo, parts[0], fields));
        }
        return entries;
    }
}
