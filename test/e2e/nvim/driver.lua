-- Drives the Communiqué language server through Neovim's built-in LSP client (Debian's Neovim 0.7.2, headless)
-- and writes what the editor saw as JSON, for test/e2e/nvim.test.ts to assert on.
-- Run: nvim --headless --clean -n -i NONE -u NONE -c 'luafile driver.lua'   (0.7.2 has no -l)
-- Environment:
--   CQ_SERVER_CMD  JSON array, the server command (e.g. ["/usr/bin/node","/repo/dist/server.js","--stdio"])
--   CQ_FILE        the report to open (filetype markdown)
--   CQ_OUT         where to write the JSON result
--   CQ_TIMEOUT_MS  each wait (default 15000)
-- Steps, each through the client as a user would drive it: diagnostics from the default publishDiagnostics handler
-- (vim.diagnostic); hover on "34-NQ/TW"; completion at the end of the line "Resolution No. "; vim.lsp.buf.code_action()
-- on the first published diagnostic, choosing the first action in vim.ui.select, which the client applies; then the
-- diagnostics the server publishes for the edited text; Go to Definition on two mentions (and the built-in entry's
-- text from communique/vocabularySource); Find All References through vim.lsp.buf.references() (the quickfix list).
local function env(k, d)
  local v = os.getenv(k)
  if v == nil or v == '' then return d end
  return v
end
local timeout = tonumber(env('CQ_TIMEOUT_MS', '15000'))
local out = { timings = {}, log = {} }
local function now() return vim.loop.hrtime() / 1e6 end
local t0 = now()
local function note(s) table.insert(out.log, string.format('%6.0f ms %s', now() - t0, s)) end

local function finish(code)
  out.wall_ms = now() - t0
  local f = assert(io.open(env('CQ_OUT', 'driver.json'), 'w'))
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd(code == 0 and 'qa!' or 'cq!')
end

local function main()
  local file = env('CQ_FILE', '')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'
  out.nvim = vim.fn.execute('version'):match('NVIM v[%d%.]+')

  -- Count publishes while keeping the default handler (it fills vim.diagnostic, which code_action reads back).
  local publishes, last_published = 0, nil
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    default_publish(err, result, ctx, config)
    if result and result.uri == vim.uri_from_bufnr(buf) then
      publishes = publishes + 1
      last_published = result.diagnostics
    end
  end

  local client_id = vim.lsp.start_client({
    name = 'communique',
    cmd = vim.fn.json_decode(env('CQ_SERVER_CMD', '[]')),
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    flags = { debounce_text_changes = 0 },
    on_exit = function(code, signal) out.server_exit = { code = code, signal = signal } end,
  })
  if not client_id then
    out.error = 'the server did not start'
    return finish(1)
  end
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  note('client started')

  local function diagnostics_now()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(list, {
        code = d.code, severity = d.severity, source = d.source, message = d.message,
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      })
    end
    table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    return list
  end

  local t = now()
  if not vim.wait(timeout, function() return client.initialized and publishes > 0 and #vim.diagnostic.get(buf) > 0 end, 10) then
    out.error = 'no diagnostics within ' .. timeout .. ' ms'
    return finish(1)
  end
  out.timings.open_to_diagnostics_ms = now() - t
  out.diagnostics = diagnostics_now()
  out.server_info = client.server_capabilities and client.server_capabilities.serverInfo or vim.NIL
  note('diagnostics: ' .. #out.diagnostics)

  -- Position (LSP, UTF-16) of the start (or end) of the first match of a plain string.
  local function find(s, at_end)
    for l, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      local from, to = text:find(s, 1, true)
      if from then
        local byte = at_end and to or (from - 1)
        local _, utf16 = vim.str_utfindex(text, byte)
        return { line = l - 1, character = utf16 }
      end
    end
  end
  local doc = { uri = vim.uri_from_bufnr(buf) }

  -- Hover on the symbol 34-NQ/TW (its third character, inside the symbol).
  local hp = find('34-NQ/TW')
  if hp then
    hp.character = hp.character + 2
    t = now()
    local r = client.request_sync('textDocument/hover', { textDocument = doc, position = hp }, timeout, buf)
    out.timings.hover_ms = now() - t
    local c = r and r.result and r.result.contents
    out.hover = (type(c) == 'table' and (c.value or (c[1] and (c[1].value or c[1])))) or c or vim.NIL
    if r and r.err then out.hover_error = r.err.message end
  else
    out.hover_error = '34-NQ/TW not in the file'
  end
  note('hover')

  -- Completion at the end of "Resolution No. " (the line ends there, after the space).
  local cp = nil
  for l, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if text == 'Resolution No. ' then cp = { line = l - 1, character = #text } end
  end
  if cp then
    t = now()
    local r = client.request_sync('textDocument/completion', {
      textDocument = doc, position = cp, context = { triggerKind = 2, triggerCharacter = ' ' },
    }, timeout, buf)
    out.timings.completion_ms = now() - t
    local items = r and r.result and (r.result.items or r.result) or {}
    out.completion = {}
    for i, item in ipairs(items) do out.completion[i] = item.label end
    if r and r.err then out.completion_error = r.err.message end
  else
    out.completion_error = 'no line "Resolution No. " in the file'
  end
  note('completion')

  -- Code action on the first published diagnostic, through vim.lsp.buf.code_action(): it sends the line's
  -- diagnostics as vim.diagnostic holds them (with the server's `data`), and applies the chosen action's edit.
  local first = last_published and last_published[1]
  if not first then
    out.error = 'no published diagnostic for the code action'
    return finish(1)
  end
  out.code_action_target = { code = first.code, range = first.range }
  local line = vim.api.nvim_buf_get_lines(buf, first.range.start.line, first.range.start.line + 1, false)[1]
  vim.api.nvim_win_set_cursor(0, { first.range.start.line + 1, vim.str_byteindex(line, first.range.start.character, true) })
  local chosen = false
  vim.ui.select = function(items, opts, on_choice)
    out.code_actions = {}
    for i, item in ipairs(items) do
      out.code_actions[i] = opts.format_item and opts.format_item(item) or item[2].title
    end
    chosen = true
    on_choice(items[1], 1)
  end
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  local before = publishes
  t = now()
  vim.lsp.buf.code_action()
  if not vim.wait(timeout, function() return chosen end, 10) then
    out.error = 'no code actions offered'
    return finish(1)
  end
  out.timings.code_action_ms = now() - t
  if not vim.wait(timeout, function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end, 10) then
    out.error = 'the chosen code action changed nothing'
    return finish(1)
  end
  out.lines_after_fix = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  note('code action applied')

  -- The server re-checks the edited text (incremental didChange) and publishes again.
  if vim.wait(timeout, function() return publishes > before end, 10) then
    out.timings.fix_to_diagnostics_ms = now() - t
    out.diagnostics_after_fix = diagnostics_now()
  else
    out.error = 'no diagnostics after the fix'
  end
  note('diagnostics after fix: ' .. (out.diagnostics_after_fix and #out.diagnostics_after_fix or 'none'))

  -- Go to Definition on "Politburo" and on 34-NQ/TW: the built-in pack's entries, as communique-vocabulary: URIs,
  -- whose text the server serves (communique/vocabularySource), so that a user can open the entry.
  out.definitions = {}
  for _, word in ipairs({ 'Politburo', '34-NQ/TW' }) do
    local p = find(word)
    p.character = p.character + 2
    t = now()
    local r = client.request_sync('textDocument/definition', { textDocument = doc, position = p }, timeout, buf)
    out.timings['definition_ms_' .. word] = now() - t
    local loc = r and r.result
    if loc and loc[1] then loc = loc[1] end
    if loc and loc.uri then
      local src = client.request_sync('communique/vocabularySource', { uri = loc.uri }, timeout, buf)
      local text = src and src.result and src.result.text or ''
      local lines = vim.split(text, '\n', true)
      out.definitions[word] = { uri = loc.uri, line = loc.range.start.line, entry_line = lines[loc.range.start.line + 1] or vim.NIL }
    else
      out.definitions[word] = { error = r and r.err and r.err.message or 'no location' }
    end
  end
  note('definitions')

  -- Find All References on "Politburo" through vim.lsp.buf.references(), which fills the quickfix list.
  local rp = find('Politburo')
  vim.api.nvim_win_set_cursor(0, { rp.line + 1, rp.character + 2 })
  vim.fn.setqflist({})
  t = now()
  vim.lsp.buf.references({ includeDeclaration = false })
  if vim.wait(timeout, function() return #vim.fn.getqflist() > 0 end, 10) then
    out.timings.references_ms = now() - t
    out.references = {}
    for i, item in ipairs(vim.fn.getqflist()) do
      out.references[i] = { lnum = item.lnum, col = item.col, file = vim.fn.bufname(item.bufnr) }
    end
  else
    out.references_error = 'no references in the quickfix list within ' .. timeout .. ' ms'
  end
  vim.cmd('silent! cclose')
  note('references')

  client.stop()
  vim.wait(5000, function() return out.server_exit ~= nil end, 10)
  note('server stopped')
  finish(out.error and 1 or 0)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then
  out.error = 'driver error: ' .. tostring(err)
  finish(1)
end
