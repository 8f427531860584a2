result:solve["(((("];
show result;
