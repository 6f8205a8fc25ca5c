-- rotates through a fixed mix of searches, the kinds process leaders type
local queries = {
  "q=oberoende", "q=dialog", "q=kvalitet", "q=l%C3%A5ngsiktighet", "q=%22%C3%B6msesidig%20respekt%22",
  "q=kvalitetsarbete", "q=dialog%20OR%20samtal", "q=tillit%20-kommunen", "q=innovati*",
  "q=m%C3%A5ngfald&from=2018-01-01&to=2020-12-31", "q=%C3%B6ppenhet%20insyn", "q=f%C3%B6reningarna%20bidrag",
  "q=samverkan&page=2", "q=tydlighet%20roller", "q=demokrati"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?" .. queries[(i % #queries) + 1])
end
