-- check.lua: the assertions the Lua tests share.
--
-- A failed check raises an error naming the check, so `wicrun run` exits
-- non-zero with the file and line; check.done() prints a summary line.

local check = { count = 0 }

function check.ok(condition, what)
  check.count = check.count + 1
  if not condition then error("check failed: " .. what, 2) end
end

function check.equal(got, want, what)
  check.count = check.count + 1
  if got ~= want then
    error(("check failed: %s: got %s, want %s"):format(what, tostring(got),
      tostring(want)), 2)
  end
end

-- check.raises(f, pattern, what): f() must raise an error matching pattern
function check.raises(f, pattern, what)
  check.count = check.count + 1
  local ok, message = pcall(f)
  if ok then error("check failed: " .. what .. ": no error raised", 2) end
  if pattern and not tostring(message):find(pattern) then
    error(("check failed: %s: error %q does not match %q"):format(what,
      tostring(message), pattern), 2)
  end
end

function check.done(name)
  print(("%s: %d checks passed"):format(name, check.count))
end

return check
