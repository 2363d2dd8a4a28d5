import { readFile } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, beforeEach, expect, jest, test } from '@jest/globals'
import { DefaultArtifactClient } from '@actions/artifact'
import { uploadWorkflowArtifact } from '../src/publish/artifact.js'
import { FakeGitHub } from './fixtures/github-api.js'
import { TempProject } from './fixtures/project.js'
import { FakeResultsService } from './fixtures/results-service.js'

let folder: TempProject
let github: FakeGitHub
let results: FakeResultsService
const savedEnv = { ...process.env }

beforeAll(async () => {
  folder = await TempProject.create()
  await folder.write('report.json', '{"schemaVersion":1}\n')
  await folder.write('lighthouse/home.html', '<html>report</html>\n')
})
afterAll(async () => folder.remove())

beforeEach(async () => {
  github = await new FakeGitHub().start()
  results = await new FakeResultsService(github).start()
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: results.issueRuntimeToken({ runId: 31, headSha: 'c'.repeat(40) }),
    ACTIONS_RESULTS_URL: results.url,
    GITHUB_WORKSPACE: folder.dir,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '31',
  })
  // The artifact client logs every request as a workflow command; the test reads the service instead.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(async () => {
  jest.restoreAllMocks()
  process.env = { ...savedEnv }
  await results.stop()
  await github.stop()
})

// The stand-in is only worth the tests of the built action that use it if it answers as the real
// service does: here @actions/artifact's own client drives every call it makes.
test("the results stand-in speaks the artifact client's protocol: upload, list, download, and one name per run", async () => {
  const files = [folder.path('report.json'), folder.path('lighthouse/home.html')]
  const url = await uploadWorkflowArtifact('perf-gate-default', files, folder.dir)
  const stored = results.finalizedArtifact('perf-gate-default', 31)
  expect(url).toBe(`https://github.com/Codertocat/Hello-World/actions/runs/31/artifacts/${stored?.id}`)
  expect(results.requests.map((request) => `${request.method} ${request.path.replace(/^\/twirp\/[^/]+\//, '').replace(/^\/blobs\/\d+$/, 'blob')}`)).toEqual([
    'POST CreateArtifact',
    'PUT blob',
    'PUT blob',
    'POST FinalizeArtifact',
  ])

  const client = new DefaultArtifactClient()
  const { artifacts } = await client.listArtifacts()
  expect(artifacts).toEqual([expect.objectContaining({ name: 'perf-gate-default', id: stored?.id, size: stored?.content?.length })])
  const target = await TempProject.create()
  try {
    const downloaded = await client.downloadArtifact(stored?.id as number, { path: target.dir })
    expect(downloaded).toMatchObject({ downloadPath: target.dir, digestMismatch: false })
    expect(await readFile(target.path('lighthouse/home.html'), 'utf8')).toBe('<html>report</html>\n')
    expect(await readFile(target.path('report.json'), 'utf8')).toBe('{"schemaVersion":1}\n')
  } finally {
    await target.remove()
  }

  // The REST API lists what the run finalized, for later runs to find by commit.
  const listed = await fetch(`${github.url}/repos/Codertocat/Hello-World/actions/artifacts?name=perf-gate-default`).then((response) => response.json())
  expect(listed).toMatchObject({ total_count: 1, artifacts: [{ id: stored?.id, workflow_run: { id: 31, head_sha: 'c'.repeat(40) } }] })

  await expect(uploadWorkflowArtifact('perf-gate-default', files, folder.dir)).rejects.toThrow(/409.*already exists/)
})

test('without a runtime token nothing is uploaded, and a token the service did not issue is refused', async () => {
  delete process.env['ACTIONS_RUNTIME_TOKEN']
  expect(await uploadWorkflowArtifact('perf-gate-default', [folder.path('report.json')], folder.dir)).toBeUndefined()
  expect(results.requests).toEqual([])
  const stranger = new FakeResultsService()
  process.env['ACTIONS_RUNTIME_TOKEN'] = stranger.issueRuntimeToken({ runId: 1, headSha: 'd'.repeat(40) })
  await expect(uploadWorkflowArtifact('perf-gate-default', [folder.path('report.json')], folder.dir)).rejects.toThrow(/401/)
  expect(results.artifacts).toEqual([])
})
