;;; driver.el --- Drives the Communiqué language server through eglot  -*- lexical-binding: t -*-

;; Drives the Communiqué language server through eglot (Debian 12: Emacs 28.2, elpa-eglot 1.9, elpa-markdown-mode)
;; in batch mode and writes what the editor saw as JSON, for test/e2e/emacs.test.ts to assert on.
;; Run: emacs --batch -Q -l driver.el
;; Environment:
;;   CQ_SERVER_CMD  JSON array, the server command (e.g. ["/usr/bin/node","/repo/dist/server.js","--stdio"])
;;   CQ_FILE        the report to open (report.md: markdown-mode, from its own autoloads)
;;   CQ_OUT         where to write the JSON result
;;   CQ_TIMEOUT_MS  each wait (default 15000)
;; The configuration is the one docs/editors.md gives, with the server command in place of `communique-ls'.
;; Steps, each through eglot as a user would drive it: the file is visited, markdown-mode-hook runs eglot-ensure,
;; which connects at the end of the command (here: post-command-hook run by hand, as batch mode has no command
;; loop); diagnostics from Flymake (eglot's backend); the hover eglot gives ElDoc on "34-NQ/TW"; `completion-at-point'
;; after "Resolution No. "; `eglot-code-actions' on the "Ministry Politic" diagnostic, answering eglot's
;; `completing-read' with RET (its default); the diagnostics the server publishes for the edited text, once eglot's
;; didChange idle timer has run (batch mode is never idle); those after the workspace pack is rewritten on disk
;; (eglot's file watches, from the server's registration); `eglot-shutdown'. Warnings shown to the user are kept.

(require 'cl-lib)
(require 'json)

(defvar cq-timeout (string-to-number (or (getenv "CQ_TIMEOUT_MS") "15000")))
(defvar cq-t0 (float-time))
(defvar cq-out nil "The result, a plist (keys: JSON names).")
(defvar cq-log nil)
(defvar cq-timings nil)
(defvar cq-publishes 0 "textDocument/publishDiagnostics notifications handled by eglot.")

(defun cq-ms () (* 1000.0 (- (float-time) cq-t0)))
(defun cq-put (key value) (setq cq-out (plist-put cq-out key value)))
(defun cq-note (s) (push (format "%6.0f ms %s" (cq-ms) s) cq-log))
(defun cq-time (key since) (setq cq-timings (plist-put cq-timings key (* 1000.0 (- (float-time) since)))))

(defun cq-wait (pred &optional timeout-ms)
  "Processes output and timers until PRED returns non-nil or TIMEOUT-MS (default `cq-timeout') pass."
  (let ((deadline (+ (float-time) (/ (or timeout-ms cq-timeout) 1000.0))))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (funcall pred)))

(defun cq-wait-events (pred &optional timeout-ms)
  "As `cq-wait', and reading input events: Emacs handles file-notify events (inotify) only where it reads input,
which batch mode, with no command loop, otherwise never does."
  (let ((deadline (+ (float-time) (/ (or timeout-ms cq-timeout) 1000.0))))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.02)
      (condition-case nil (read-event nil nil 0.01) (error nil)))
    (funcall pred)))

(defun cq-finish (code)
  (cq-put :timings cq-timings)
  (cq-put :wall_ms (cq-ms))
  (cq-put :log (vconcat (reverse cq-log)))
  (let ((coding-system-for-write 'utf-8-unix))
    (with-temp-file (or (getenv "CQ_OUT") "driver.json")
      (insert (json-encode cq-out))))
  (kill-emacs code))

(defun cq-fail (msg)
  (cq-put :error msg)
  ;; What the server wrote on stderr, which eglot keeps in a buffer.
  (let ((buf (cl-find-if (lambda (b) (string-match-p "\\*EGLOT.*stderr\\*" (buffer-name b))) (buffer-list))))
    (when buf (cq-put :server_stderr (with-current-buffer buf (buffer-substring-no-properties (point-min) (point-max))))))
  (cq-finish 1))

;; --- the configuration of docs/editors.md --------------------------------------------------------------------
;; Debian's elpa-* packages live in /usr/share/emacs/site-lisp/elpa. A normal start has it in
;; `package-directory-list' (from the site-lisp directories of `load-path') and activates them; -Q leaves site-lisp out
;; of `load-path', so the directory is named here, and package.el activates them (eglot 1.9 and what it needs:
;; project, xref, seq; markdown-mode) as at a normal start.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)

(defvar cq-server-command (append (json-read-from-string (or (getenv "CQ_SERVER_CMD") "[]")) nil))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `((markdown-mode text-mode) . ,cq-server-command))
  (setq-default eglot-workspace-configuration
                '(:communique (:reportDate "" :rules (:title/non-canonical "error")))))
(add-hook 'markdown-mode-hook #'eglot-ensure)

;; --- helpers -----------------------------------------------------------------------------------------------
(defun cq-diag-data (diag)
  (if (fboundp 'eglot--diag-data) (eglot--diag-data diag) (flymake-diagnostic-data diag)))

(defun cq-diagnostics ()
  "Flymake's diagnostics in the current buffer, with the LSP diagnostic eglot attached to each."
  (let (list)
    (dolist (d (flymake-diagnostics))
      (let* ((beg (flymake-diagnostic-beg d))
             (end (flymake-diagnostic-end d))
             (lsp (cdr (assoc 'eglot-lsp-diag (cq-diag-data d)))))
        (push (list :type (symbol-name (flymake-diagnostic-type d))
                    :text (flymake-diagnostic-text d)
                    :code (plist-get lsp :code)
                    :severity (plist-get lsp :severity)
                    :source (plist-get lsp :source)
                    :message (plist-get lsp :message)
                    :line (1- (line-number-at-pos beg))
                    :col (save-excursion (goto-char beg) (current-column))
                    :end_col (save-excursion (goto-char end) (current-column))
                    :covered (buffer-substring-no-properties beg end))
              list)))
    (vconcat (sort list (lambda (a b) (or (< (plist-get a :line) (plist-get b :line))
                                          (and (= (plist-get a :line) (plist-get b :line))
                                               (< (plist-get a :col) (plist-get b :col)))))))))

(defun cq-find (s)
  "Position of the start of the first S in the buffer, or nil."
  (save-excursion (goto-char (point-min)) (and (search-forward s nil t) (match-beginning 0))))

(defun cq-flymake-diag-at (code)
  (cl-find-if (lambda (d) (equal code (plist-get (cdr (assoc 'eglot-lsp-diag (cq-diag-data d))) :code)))
              (flymake-diagnostics)))

;; --- the run -------------------------------------------------------------------------------------------------
(defun cq-main ()
  (cq-put :emacs emacs-version)
  (find-file (getenv "CQ_FILE"))
  (cq-put :major_mode (symbol-name major-mode))
  (unless (featurep 'eglot) (require 'eglot))
  (cq-put :eglot (let ((desc (cadr (assq 'eglot package-alist))))
                   (and desc (package-version-join (package-desc-version desc)))))
  (cq-put :eglot_dir (file-name-directory (locate-library "eglot")))
  ;; Warnings eglot (or anything else) would pop up in *Warnings* (Flymake's debug log goes there too: left out).
  (cq-put :warnings [])
  (advice-add 'display-warning :before
              (lambda (type message &optional level &rest _)
                (unless (memq level '(:debug))
                  (cq-put :warnings (vconcat (plist-get cq-out :warnings)
                                             (list (format "%s %S: %s" (or level :warning) type message)))))))
  (advice-add 'eglot-handle-notification :after
              (lambda (_server method &rest _)
                (when (eq method 'textDocument/publishDiagnostics) (cl-incf cq-publishes))))
  ;; eglot-ensure (from markdown-mode-hook) connects at the end of the command that visited the file.
  (let ((t1 (float-time)))
    (run-hooks 'post-command-hook)
    (unless (cq-wait (lambda () (eglot-current-server)))
      (cq-fail "eglot did not connect"))
    (cq-time :connect_ms t1)
    (cq-note (format "connected: %s" (eglot--server-info (eglot-current-server)))))
  (let ((server (eglot-current-server)))
    (cq-put :language_id (eglot--language-id server))
    (unless (cq-wait (lambda () (and (> cq-publishes 0) (flymake-diagnostics))))
      (cq-fail (format "no Flymake diagnostics within %d ms (publishes: %d, flymake-mode: %s)"
                       cq-timeout cq-publishes flymake-mode)))
    (cq-time :open_to_diagnostics_ms cq-t0)
    (cq-put :diagnostics (cq-diagnostics))
    (cq-note (format "diagnostics: %d" (length (flymake-diagnostics))))

    ;; Hover on 34-NQ/TW: what eglot gives ElDoc (eglot-hover-eldoc-function, asynchronous).
    (let ((pos (cq-find "34-NQ/TW")) (hover 'pending) (t1 (float-time)))
      (if (not pos)
          (cq-put :hover_error "34-NQ/TW not in the file")
        (goto-char (+ pos 2))
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info :null))))
        (if (not (cq-wait (lambda () (not (eq hover 'pending)))))
            (cq-put :hover_error "no hover within the timeout")
          (cq-time :hover_ms t1)
          (cq-put :hover (if (stringp hover) (substring-no-properties hover) hover)))))
    (cq-note "hover")

    ;; Completion at the end of the line "Resolution No. ", through completion-at-point (eglot's capf).
    (let ((pos (cq-find "\nResolution No. \n")) (labels 'pending) (t1 (float-time)))
      (if (not pos)
          (cq-put :completion_error "no line \"Resolution No. \" in the file")
        (goto-char (+ pos (length "\nResolution No. ")))
        (let ((completion-in-region-function
               (lambda (start end collection predicate)
                 (setq labels (all-completions (buffer-substring-no-properties start end) collection predicate))
                 nil)))
          (condition-case err (completion-at-point)
            (error (cq-put :completion_error (error-message-string err)))))
        (cq-time :completion_ms t1)
        (cq-put :completion (if (eq labels 'pending) nil (vconcat (mapcar #'substring-no-properties labels))))))
    (cq-note "completion")

    ;; Code action on the "Ministry Politic" diagnostic: eglot-code-actions over its region, as M-x would call it.
    ;; eglot asks which action with completing-read, the server's preferred one (else the first) as the default:
    ;; RET, which takes the default, is what is answered here.
    (let ((diag (cq-flymake-diag-at "title/non-canonical"))
          (offered 'none) (before cq-publishes) (tick (buffer-chars-modified-tick)) (t1 (float-time)))
      (unless diag (cq-fail "no title/non-canonical diagnostic for the code action"))
      (cq-put :code_action_target (list :code "title/non-canonical"
                                         :covered (buffer-substring-no-properties (flymake-diagnostic-beg diag)
                                                                                  (flymake-diagnostic-end diag))))
      (goto-char (flymake-diagnostic-beg diag))
      (cl-letf (((symbol-function 'completing-read)
                 (lambda (_prompt collection _predicate _require-match _initial _history &optional default &rest _)
                   (setq offered (all-completions "" collection))
                   (cq-put :code_action_default default)
                   default))
                ((symbol-function 'y-or-n-p) (lambda (&rest _) t))
                ((symbol-function 'yes-or-no-p) (lambda (&rest _) t)))
        ;; A keyboard event (RET), as after M-x: eglot pops a mouse menu when the last event was a mouse click.
        (let ((last-nonmenu-event ?\r))
          (eglot-code-actions (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag) nil t)))
      (cq-put :code_actions (if (eq offered 'none) :json-false (vconcat offered)))
      (unless (cq-wait (lambda () (/= tick (buffer-chars-modified-tick))))
        (cq-fail "the code action changed nothing"))
      (cq-time :code_action_ms t1)
      (cq-put :text_after_fix (buffer-substring-no-properties (point-min) (point-max)))
      (cq-note "code action applied")
      ;; eglot sends the change (didChange) from an idle timer, and batch mode is never idle: run it as it would.
      (when (and (boundp 'eglot--change-idle-timer) (timerp eglot--change-idle-timer))
        (timer-event-handler eglot--change-idle-timer))
      (if (cq-wait (lambda () (> cq-publishes before)))
          (progn
            ;; Flymake takes the new report from eglot at once; let it settle.
            (cq-wait (lambda () (not (cq-flymake-diag-at "title/non-canonical"))) 2000)
            (cq-time :fix_to_diagnostics_ms t1)
            (cq-put :diagnostics_after_fix (cq-diagnostics)))
        (cq-put :error "no diagnostics after the fix"))
      (cq-note "diagnostics after fix"))

    ;; A workspace pack changed on disk (report.md's folder has .communique/house.yaml from the start): eglot took the
    ;; server's registration for workspace/didChangeWatchedFiles and watches the project's folders with file-notify,
    ;; so the server hears of the change, reloads the vocabulary and publishes the report's diagnostics again.
    (let ((pack (expand-file-name ".communique/house.yaml" (file-name-directory (getenv "CQ_FILE"))))
          (create-lockfiles nil)
          (t1 (float-time)))
      (cq-put :file_watch_registrations (hash-table-count (eglot--file-watches server)))
      (with-temp-file pack
        (insert "terms:\n  - id: house-term\n    name: { en: foreign affairs }\n"
                "    wrong: [\"external relations\"]\n    source: house style guide\n    confidence: high\n"))
      (if (cq-wait-events (lambda () (cq-flymake-diag-at "term/non-canonical")))
          (progn
            (cq-time :pack_to_diagnostics_ms t1)
            (cq-put :diagnostics_after_pack (cq-diagnostics)))
        (cq-put :pack_error "no term/non-canonical diagnostic after the pack changed on disk"))
      (cq-note "pack changed on disk"))

    ;; Shutdown: eglot-shutdown sends the shutdown request (an error if unanswered within 1.5 s) and exit, then
    ;; jsonrpc-shutdown deletes the process at once (SIGKILL if it is still there). The advice gives the server two
    ;; seconds to exit by itself first, so that its own exit status is what is seen.
    (let ((proc (jsonrpc--process server)))
      (advice-add 'jsonrpc-shutdown :before
                  (lambda (&rest _) (cq-wait (lambda () (not (process-live-p proc))) 2000)))
      (condition-case err (eglot-shutdown server)
        (error (cq-put :shutdown_error (error-message-string err))))
      (cq-wait (lambda () (memq (process-status proc) '(exit signal))) 5000)
      (cq-put :server_exit (list :status (symbol-name (process-status proc))
                                 :code (process-exit-status proc))))
    (cq-note "server stopped")
    (cq-finish (if (plist-get cq-out :error) 1 0))))

(condition-case err
    (cq-main)
  (error (cq-fail (format "driver error: %S" err))))
