// The build fails on the mistake and says where it is and how to fix it, as the command line does.
def log = new File(basedir, 'build.log').getText('UTF-8')
def line = new File(basedir, 'handboek/school.yaml').readLines('UTF-8').findIndexOf { it.startsWith('websiet:') } + 1
def error = "[ERROR] handboek/school.yaml:${line}:1: fout[HB001]: onbekende sleutel 'websiet'"
assert log.contains(error) : "missing: ${error}"
def after = log.substring(log.indexOf(error) + error.length())
assert after.startsWith("\n[ERROR]   tip: bedoelde je 'website'?") : after.take(200)
assert log.contains('[ERROR] 1 fout gevonden.')
// The failure names the counts.
assert log.contains('Het handboek heeft 1 fout en 0 waarschuwingen')
// A handbook with an error is not written.
assert !new File(basedir, 'target/handboek').exists()
return true
