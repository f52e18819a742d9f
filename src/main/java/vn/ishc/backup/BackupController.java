package vn.ishc.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's backup screen ({@code /admin/backup}, administrators alone as every {@code /admin/**}
 * page; the service checks again): download a full backup, or restore one into the empty database after
 * confirming. After a restore the administrator's session ends (their account may not be in the restored
 * data, or not with the same password).
 */
@Controller
class BackupController {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final BackupService backups;
    private final Clock clock;

    BackupController(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @GetMapping("/admin/backup")
    String page(Model model) {
        model.addAttribute("status", backups.status());
        model.addAttribute("lastBackup", BackupHome.lastBackup(backups, clock));
        return "backup/index";
    }

    @PostMapping("/admin/backup/export")
    void export(HttpServletResponse response) throws IOException {
        backups.status(); // refuses anyone but an administrator before the response starts
        String name = "ishc-backup-" + LocalDateTime.now(clock).format(FILE_TIME) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        backups.export(response.getOutputStream());
        response.flushBuffer();
    }

    @PostMapping("/admin/backup/restore")
    String restore(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
            HttpServletRequest request,
            Model model)
            throws IOException, jakarta.servlet.ServletException {
        String error = file == null || file.isEmpty() ? "backup.error.noFile" : confirm ? null : "backup.error.confirm";
        if (error != null) {
            model.addAttribute("restoreError", error);
            model.addAttribute("restoreErrorArgs", new Object[0]);
            return page(model);
        }
        Path temp = Files.createTempFile("ishc-restore-", ".zip");
        try {
            file.transferTo(temp);
            BackupService.Restored restored = backups.restore(temp);
            // The accounts were replaced: end this login (Servlet API, which Spring Security implements).
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) session.invalidate();
            model.addAttribute("restored", restored);
            return "backup/restored";
        } catch (BackupRefused e) {
            model.addAttribute("restoreError", e.messageKey());
            model.addAttribute("restoreErrorArgs", e.args());
            return page(model);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
