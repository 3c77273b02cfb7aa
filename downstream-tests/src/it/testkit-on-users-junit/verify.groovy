// Surefire must have run this project's tests under each JUnit version, all passing:
// a downstream project that runs 0 tests is the failure this guards against.
def expectedTests = 2
['5.11.4', '6.1.3'].each { version ->
    def report = new File(basedir, "target/junit-${version}/surefire-reports/TEST-example.UsersJunitTest.xml")
    assert report.isFile() : "no Surefire report for JUnit ${version}: ${report}"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    def tests = suite.@tests.toInteger()
    def failed = suite.@failures.toInteger() + suite.@errors.toInteger() + suite.@skipped.toInteger()
    assert tests == expectedTests : "JUnit ${version}: Surefire ran ${tests} tests, expected ${expectedTests}"
    assert failed == 0 : "JUnit ${version}: ${failed} tests failed, errored or were skipped"
    assert suite.properties.property.find { it.@name == 'users.junit.version' }.@value == version
    println "JUnit ${version}: ${tests} tests run, all passed"
}
return true
