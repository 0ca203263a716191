package uk.practicecheck.annexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.practicecheck.io.ReadResult;
import uk.practicecheck.io.Rejection;

/** Files that are not .xlsx workbooks get one sentence saying what to do; workbooks over the limits are refused. */
class AnnexAWrongFilesAndLimitsTest {
    @TempDir
    Path dir;

    private Path smallWorkbook(int rows) throws IOException {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(List.of("C" + i, LocalDate.of(2025, 10, 1)));
        }
        Path file = dir.resolve("rows-" + rows + ".xlsx");
        AnnexAWorkbookWriter.write(file, List.of(new AnnexAWorkbookWriter.SheetSpec("List_1",
                List.of("List 1: Contacts"), List.of("Child Unique ID", "Date of Contact"), data)));
        return file;
    }

    private static Rejection only(AnnexAWorkbook.Result result) {
        assertEquals(1, result.records().size(), result.records()::toString);
        return assertInstanceOf(ReadResult.Rejected.class, result.records().get(0)).rejection();
    }

    @Test
    void anOldXlsWorkbookGetsOneSentence() throws IOException {
        Path xls = dir.resolve("annex-a.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("List_1").createRow(0).createCell(0).setCellValue("Child Unique ID");
            workbook.write(out);
        }

        Rejection r = only(AnnexAWorkbook.read(xls));

        assertEquals("this is an Excel 97-2003 (.xls) workbook, which practice-check does not read: open it in Excel"
                + " and save it as an Excel Workbook (.xlsx), then try again", r.reason());
        assertEquals(r.reason(), only(AnnexAWorkbook.read("upload.xls",
                new ByteArrayInputStream(Files.readAllBytes(xls)))).reason(), "an upload is told the same");
    }

    @Test
    void aPasswordProtectedWorkbookGetsOneSentence() throws Exception {
        byte[] plain = Files.readAllBytes(smallWorkbook(1));
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        Rejection r = only(AnnexAWorkbook.read(locked));

        assertTrue(r.reason().startsWith("the workbook is protected by a password, so it cannot be read: open it in"
                + " Excel, remove the password"), r.reason());
    }

    @Test
    void aSheetOverTheRowLimitIsRefusedAsOneRejection() throws IOException {
        Path file = smallWorkbook(30);
        AnnexALimits limits = new AnnexALimits(1L << 20, 20, 1000, 10_000, 1L << 20);

        Rejection r = only(AnnexAWorkbook.read(file, limits));

        assertTrue(r.reason().startsWith("sheet 'List_1' has more than 20 rows (1.0 MB a workbook, 20 rows a sheet,"),
                r.reason());
        assertTrue(r.reason().endsWith("): the workbook was not read"), r.reason());
        assertEquals(r.reason(), only(AnnexAWorkbook.read("upload.xlsx",
                new ByteArrayInputStream(Files.readAllBytes(file)), limits)).reason(), "uploads have the same limits");
        assertEquals(30, AnnexAWorkbook.read(file).records().size(), "within the default limits");
    }

    @Test
    void aWorkbookOverTheRowCellByteOrTextLimitsIsRefused() throws IOException {
        Path file = smallWorkbook(30);
        long size = Files.size(file);
        assertTrue(only(AnnexAWorkbook.read(file, new AnnexALimits(1L << 20, 100, 25, 10_000, 1L << 20))).reason()
                .startsWith("the workbook has more than 25 rows"));
        assertTrue(only(AnnexAWorkbook.read(file, new AnnexALimits(1L << 20, 100, 100, 40, 1L << 20))).reason()
                .startsWith("the workbook has more than 40 cells"));
        assertTrue(only(AnnexAWorkbook.read(file, new AnnexALimits(size - 1, 100, 100, 1000, 1L << 20))).reason()
                .startsWith("the workbook is 0.0 MB, over the limit of 0.0 MB"));
        assertTrue(only(AnnexAWorkbook.read("upload.xlsx", new ByteArrayInputStream(Files.readAllBytes(file)),
                new AnnexALimits(size - 1, 100, 100, 1000, 1L << 20))).reason()
                .startsWith("the workbook is over the limit of 0.0 MB"));
        assertTrue(only(AnnexAWorkbook.read(file, new AnnexALimits(1L << 20, 100, 100, 1000, 100))).reason()
                .startsWith("the workbook's text values unpack to more than 0.0 MB"));
    }
}
