-- Neovim's own LSP client against `tnb lsp` (Neovim 0.7 and later: start_client and
-- buf_attach_client). Run by Tests/CLITests/LSPClientTests.swift:
--   TNB=... NOTEBOOK=... OUT=... nvim --headless -u NONE -c 'luafile Tests/Clients/neovim.lua'
-- It opens the notebook, waits for the diagnostics, asks for a hover and a definition, and
-- writes what it got to OUT, one line each, for the test to read.
local tnb, notebook, out = os.getenv("TNB"), os.getenv("NOTEBOOK"), os.getenv("OUT")
-- Where to hover and where to ask for a definition: "line:character", 0-based.
local function place(name)
  local line, character = os.getenv(name):match("(%d+):(%d+)")
  return tonumber(line), tonumber(character)
end
local lines = {}
local function finish()
  local file = io.open(out, "w")
  file:write(table.concat(lines, "\n") .. "\n")
  file:close()
  vim.cmd("qall!")
end

vim.cmd("edit " .. vim.fn.fnameescape(notebook))
local client = vim.lsp.start_client({ name = "tnb", cmd = { tnb, "lsp" }, root_dir = vim.fn.fnamemodify(notebook, ":h") })
if not client then
  table.insert(lines, "error: the client did not start")
  finish()
end
vim.lsp.buf_attach_client(0, client)

if not vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 20) then
  table.insert(lines, "error: no diagnostics within 10 s")
end
for _, diagnostic in ipairs(vim.diagnostic.get(0)) do
  local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
  local message = diagnostic.message:gsub("\n", " | ")
  table.insert(lines, string.format("diagnostic %d:%d %s %s", diagnostic.lnum, diagnostic.col, tostring(code), message))
end

local uri = vim.uri_from_bufnr(0)
local function request(method, line, character)
  local params = { textDocument = { uri = uri }, position = { line = line, character = character } }
  local responses = vim.lsp.buf_request_sync(0, method, params, 10000) or {}
  for _, response in pairs(responses) do
    if response.result then return response.result end
  end
end

local hover = request("textDocument/hover", place("HOVER"))
table.insert(lines, "hover " .. (hover and hover.contents.value:gsub("\n", " ") or "none"))
local definition = request("textDocument/definition", place("DEFINITION"))
table.insert(lines, "definition " .. (definition and tostring(definition.range.start.line) or "none"))
finish()
