package vn.ishc.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ishc.IntegrationTest;

/**
 * The backup screen: an administrator downloads a whole backup (a zip with every table and the manifest,
 * the download audited); the restore form is not offered on a database with records, and an upload there
 * is refused with the reason, nothing changed; a missing file or confirmation is asked for; anyone but an
 * administrator is turned away from the page, the download and the upload.
 */
@IntegrationTest
class BackupPagesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void theAdministratorSeesTheScreenWithoutTheRestoreFormOnADatabaseWithRecords() throws Exception {
        String page = mvc.perform(get("/admin/backup").with(as("demo-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Sao lưu và khôi phục dữ liệu", "id=\"backup-download\"", "id=\"restore-unavailable\"")
                .doesNotContain("id=\"restore-submit\"");
    }

    @Test
    void theDownloadIsTheWholeDatabaseAndIsAudited() throws Exception {
        long entries = backupEntries("BackupTaken");
        byte[] zip = mvc.perform(
                        post("/admin/backup/export").with(as("demo-admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("ishc-backup-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) names.add(e.getName());
        }
        assertThat(names)
                .contains("manifest.json", "tables/club.jsonl", "tables/person.jsonl", "tables/app_user.jsonl");
        assertThat(backupEntries("BackupTaken")).isEqualTo(entries + 1);
        assertThat(jdbc.sql("select username from audit_entry where action = 'BackupTaken' order by id desc")
                        .query(String.class)
                        .list()
                        .get(0))
                .isEqualTo("demo-admin");
    }

    @Test
    void anUploadIntoADatabaseWithRecordsIsRefusedWithTheReason() throws Exception {
        byte[] zip = mvc.perform(
                        post("/admin/backup/export").with(as("demo-admin")).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long clubs = clubs();
        String page = mvc.perform(multipart("/admin/backup/restore")
                        .file(new MockMultipartFile("file", "backup.zip", "application/zip", zip))
                        .param("confirm", "true")
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"restore-error\"", "Cơ sở dữ liệu không trống");
        assertThat(clubs()).isEqualTo(clubs);
        assertThat(backupEntries("BackupRestored")).isZero();
    }

    @Test
    void aFileAndTheConfirmationAreAskedFor() throws Exception {
        String noFile = mvc.perform(multipart("/admin/backup/restore")
                        .param("confirm", "true")
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(noFile).contains("Hãy chọn tệp sao lưu.");
        String unconfirmed = mvc.perform(multipart("/admin/backup/restore")
                        .file(new MockMultipartFile("file", "backup.zip", "application/zip", new byte[] {1, 2, 3}))
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unconfirmed).contains("Hãy đánh dấu xác nhận trước khi khôi phục.");
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        String page = mvc.perform(multipart("/admin/backup/restore")
                        .file(new MockMultipartFile(
                                "file",
                                "notes.zip",
                                "application/zip",
                                "không phải zip".getBytes(StandardCharsets.UTF_8)))
                        .param("confirm", "true")
                        .with(as("demo-admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tệp này không phải bản sao lưu của hệ thống");
    }

    @Test
    void onlyAdministrators() throws Exception {
        for (String who : List.of("demo-city", "demo-ward", "demo-club", "demo-viewer")) {
            mvc.perform(get("/admin/backup").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/backup/export").with(as(who)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/backup/restore")
                            .file(new MockMultipartFile("file", "b.zip", "application/zip", new byte[] {1}))
                            .param("confirm", "true")
                            .with(as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    long clubs() {
        return jdbc.sql("select count(*) from club").query(Long.class).single();
    }

    long backupEntries(String action) {
        return jdbc.sql("select count(*) from audit_entry where record_type = 'backup' and action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }
}
