// The school's handbook is built into target/handboek/, on the template from pom.xml.
def site = new File(basedir, 'target/handboek')
def index = new File(site, 'index.html')
assert index.isFile() : "no ${index}"
assert index.getText('UTF-8').contains('Middenschool Het Voorbeeld')
assert new File(site, 'handboek.pdf').isFile()
// A page that only the template has: the school inherited it.
assert new File(site, 'professionalisering.html').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] handboek: ') && log.contains(' bestanden geschreven naar target/handboek')
// handbook:check prints, as the command line does, how many rules the handbook meets.
assert log =~ /\[INFO\] handboek: (\d+) van \1 regels voldaan/
// Progress reaches the log as plain lines, never a progress bar.
assert !log.contains('\r') && !log.contains('\u001b')
return true
