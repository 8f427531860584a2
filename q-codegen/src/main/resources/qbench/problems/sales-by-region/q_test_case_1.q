result:solve[([] region:`east`west`east; amount:100 250 200)];
show result;
