result:solve[([] region:`west`west`west; amount:300 300 300)];
show result;
