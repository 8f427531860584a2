result:solve[([] region:`south`north`east`west; amount:400 300 200 100)];
show result;
