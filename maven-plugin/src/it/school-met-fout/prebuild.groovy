// The handbook of 'school' with one mistake: a misspelt key in school.yaml.
def copy
copy = { File from, File to ->
    to.mkdirs()
    from.eachFile { f -> f.directory ? copy(f, new File(to, f.name)) : (new File(to, f.name).bytes = f.bytes) }
}
copy(new File(basedir, '../school/handboek'), new File(basedir, 'handboek'))
def school = new File(basedir, 'handboek/school.yaml')
def text = school.getText('UTF-8')
assert text.contains('\nwebsite: ')
school.setText(text.replace('\nwebsite: ', '\nwebsiet: '), 'UTF-8')
return true
