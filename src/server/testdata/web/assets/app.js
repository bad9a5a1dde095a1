document.getElementById('root').textContent = '舆情';
