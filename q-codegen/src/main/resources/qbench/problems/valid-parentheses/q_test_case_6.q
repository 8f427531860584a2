result:solve["(("];
show result;
