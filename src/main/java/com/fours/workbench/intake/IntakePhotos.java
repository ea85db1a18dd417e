package com.fours.workbench.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fours.workbench.core.BusinessRuleException;
import com.fours.workbench.core.Typed;

/**
 * Turns a file from a phone or camera folder into a photo fit to keep in the database. Anything
 * that is not a readable image is refused with a message; a large one is scaled down (decoded with
 * subsampling first, so a 100-megapixel file never fills the memory); nothing here throws anything
 * but a {@link BusinessRuleException}.
 */
public final class IntakePhotos {

    private static final Logger log = LoggerFactory.getLogger(IntakePhotos.class);

    /** Longest side kept: plenty to show a scratch, about 300-600 KB as JPEG. */
    public static final int MAX_SIDE = 1600;
    public static final int THUMBNAIL_SIDE = 160;
    /** A file larger than this is not read at all. */
    public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
    /** Nor an image with more pixels than this (a "decompression bomb" is small on disk). */
    public static final long MAX_PIXELS = 120_000_000L;

    private IntakePhotos() {
    }

    public static PreparedPhoto prepare(String fileName, byte[] bytes) {
        String name = safeFileName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleException("intake.photo.notImage", name);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("intake.photo.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
        }
        BufferedImage decoded;
        boolean scaled;
        try {
            Decoded d = decode(name, bytes);
            decoded = d.image;
            scaled = d.subsampled;
        } catch (BusinessRuleException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            log.info("Not a readable image: {} ({})", name, e.toString());
            throw new BusinessRuleException("intake.photo.notImage", name);
        }
        BufferedImage kept = fit(decoded, MAX_SIDE);
        scaled = scaled || kept.getWidth() < decoded.getWidth();
        BufferedImage thumb = fit(kept, THUMBNAIL_SIDE);
        return new PreparedPhoto(name, kept.getWidth(), kept.getHeight(), jpeg(kept, 0.85f), jpeg(thumb, 0.8f), scaled);
    }

    /** The intake_photo.file_name column's size. */
    public static final int MAX_FILE_NAME = 255;

    /**
     * A file name as the photo keeps it: a name is picked, not typed, so instead of refusing the
     * photo, characters that may not be stored (a U+202E that turns "gpj.exe" round) become "_",
     * and a name too long keeps its end, where the extension is.
     */
    public static String safeFileName(String fileName) {
        String typed = fileName == null ? "" : fileName.strip();
        StringBuilder safe = new StringBuilder();
        typed.codePoints().forEach(c -> safe.appendCodePoint(Typed.isAllowed(c, false) ? c : '_'));
        String name = safe.toString().strip();
        if (name.isEmpty()) {
            return "photo.jpg";
        }
        if (name.length() > MAX_FILE_NAME) {
            int start = name.length() - MAX_FILE_NAME;
            name = name.substring(Character.isLowSurrogate(name.charAt(start)) ? start + 1 : start);
        }
        return name;
    }

    private record Decoded(BufferedImage image, boolean subsampled) {
    }

    private static Decoded decode(String name, byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new BusinessRuleException("intake.photo.notImage", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new BusinessRuleException("intake.photo.notImage", name);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new BusinessRuleException("intake.photo.tooManyPixels", name, width + " × " + height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new BusinessRuleException("intake.photo.notImage", name);
                }
                return new Decoded(image, step > 1);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The image itself when it fits, else a scaled copy on white (JPEG has no transparency). */
    static BufferedImage fit(BufferedImage image, int maxSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        if (factor >= 1.0 && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, tw, th);
            g.drawImage(image, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
